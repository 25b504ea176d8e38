/**
 * Draws the sample content's images (original, geometric, no text) so the repository holds how
 * they were made. Run: npx tsx tools/screenshots/make-sample-images.ts
 */
import sharp from 'sharp'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

type Art = { file: string; width: number; height: number; hues: [number, number, number]; seed: number; shape: 'waves' | 'grid' | 'circles' | 'face' }

const images: Art[] = [
  { file: 'uploads/kubecon-eu-2019-stage.jpg', width: 1600, height: 900, hues: [214, 262, 320], seed: 7, shape: 'circles' },
  { file: 'uploads/barcelona-badge-wall.jpg', width: 1200, height: 800, hues: [20, 44, 200], seed: 11, shape: 'grid' },
  { file: 'uploads/meetup-whiteboard.png', width: 1200, height: 675, hues: [160, 190, 60], seed: 3, shape: 'waves' },
  { file: 'uploads/hugo-to-recap.png', width: 1200, height: 675, hues: [280, 330, 40], seed: 5, shape: 'grid' },
  { file: 'uploads/speaker-notes.png', width: 1200, height: 675, hues: [0, 30, 210], seed: 9, shape: 'waves' },
  { file: 'uploads/kubecon-eu-2019-hall.jpg', width: 1400, height: 788, hues: [190, 250, 30], seed: 13, shape: 'circles' },
  { file: 'uploads/lisbon-long-table.png', width: 960, height: 540, hues: [30, 200, 340], seed: 17, shape: 'waves' },
  { file: 'uploads/hugo-shortcode-map.png', width: 1200, height: 600, hues: [140, 280, 20], seed: 19, shape: 'grid' },
  // Galleries: the Porto meetup (a Markdown list in a Hugo post) and Lisbon (a folder).
  { file: 'uploads/porto/ribeira-at-dusk.jpg', width: 1600, height: 1067, hues: [24, 210, 280], seed: 23, shape: 'waves' },
  { file: 'uploads/porto/the-room-before-the-talks.jpg', width: 1600, height: 1067, hues: [200, 36, 330], seed: 29, shape: 'grid' },
  { file: 'uploads/porto/questions-from-the-back.jpg', width: 1067, height: 1600, hues: [340, 190, 50], seed: 31, shape: 'circles' },
  { file: 'uploads/porto/stickers-on-the-table.jpg', width: 1600, height: 1067, hues: [120, 300, 10], seed: 37, shape: 'circles' },
  { file: 'uploads/porto/walking-to-dinner.jpg', width: 1600, height: 900, hues: [260, 20, 180], seed: 41, shape: 'waves' },
  { file: 'uploads/lisbon/cafe-by-the-river.jpg', width: 1400, height: 933, hues: [30, 190, 350], seed: 43, shape: 'waves' },
  { file: 'uploads/lisbon/lightning-talk-at-the-long-table.jpg', width: 1400, height: 933, hues: [210, 40, 120], seed: 47, shape: 'grid' },
  { file: 'uploads/lisbon/rain-on-the-windows.jpg', width: 933, height: 1400, hues: [190, 230, 300], seed: 53, shape: 'circles' },
  { file: 'uploads/authors/ada.png', width: 256, height: 256, hues: [200, 30, 200], seed: 1, shape: 'face' },
  { file: 'uploads/authors/sam.png', width: 256, height: 256, hues: [120, 340, 120], seed: 2, shape: 'face' },
]

function random(seed: number) {
  let state = seed * 2654435761
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
}

function svgFor({ width, height, hues, seed, shape }: Art): string {
  const rand = random(seed)
  const [a, b, c] = hues
  const shapes: string[] = []
  if (shape === 'circles') {
    for (let i = 0; i < 18; i++) {
      const r = 40 + rand() * 220
      shapes.push(`<circle cx="${rand() * width}" cy="${rand() * height}" r="${r}" fill="hsl(${[a, b, c][i % 3]} 80% ${50 + rand() * 25}%)" opacity="${0.25 + rand() * 0.5}"/>`)
    }
  } else if (shape === 'grid') {
    const size = width / 12
    for (let x = 0; x < 12; x++)
      for (let y = 0; y < Math.ceil(height / size); y++)
        if (rand() > 0.35)
          shapes.push(`<rect x="${x * size + 6}" y="${y * size + 6}" width="${size - 12}" height="${size - 12}" rx="${size / 5}" fill="hsl(${[a, b, c][(x + y) % 3]} 70% ${45 + rand() * 30}%)" opacity="${0.5 + rand() * 0.5}"/>`)
  } else if (shape === 'waves') {
    for (let i = 0; i < 9; i++) {
      const y = (height / 9) * i + 30
      const amp = 20 + rand() * 60
      shapes.push(`<path d="M0 ${y} C ${width / 3} ${y - amp}, ${(2 * width) / 3} ${y + amp}, ${width} ${y}" stroke="hsl(${[a, b, c][i % 3]} 75% 55%)" stroke-width="${10 + rand() * 24}" fill="none" opacity=".8"/>`)
    }
  } else {
    shapes.push(`<circle cx="${width / 2}" cy="${height * 0.4}" r="${width * 0.2}" fill="hsl(${b} 60% 75%)"/>`)
    shapes.push(`<ellipse cx="${width / 2}" cy="${height * 1.02}" rx="${width * 0.38}" ry="${height * 0.36}" fill="hsl(${b} 55% 60%)"/>`)
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${a} 60% 18%)"/><stop offset="1" stop-color="hsl(${c} 60% 30%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`
}

for (const image of images) {
  const target = join(process.cwd(), 'public', image.file)
  mkdirSync(dirname(target), { recursive: true })
  const pipeline = sharp(Buffer.from(svgFor(image)))
  await (image.file.endsWith('.jpg') ? pipeline.jpeg({ quality: 78, mozjpeg: true }) : pipeline.png({ compressionLevel: 9, palette: true })).toFile(target)
  console.log(`wrote public/${image.file}`)
}
