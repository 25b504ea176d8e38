import type { MDXComponents } from 'mdx/types'
import { SmartLink } from './smart-link'
import { Tweet } from './tweet'
import { YouTube } from './you-tube'
import { Vimeo } from './vimeo'
import { Video } from './video'
import { Note, Warning } from './note'
import { Figure } from './figure'
import { ImageLink } from './image-link'
import { TalkList } from './talk-list'
import { Talk } from './talk'
import { Gist } from './gist'
import { Asciinema } from './asciinema'
import { Table } from './table'
import { Gallery } from './gallery'
import { GalleryImage } from './gallery-image'

/**
 * The only map from names authors write (MDX tags, and what Hugo shortcodes become) to React
 * components. Keys are the names in content; lib/markdown/shortcodes.ts lists the same names with
 * their props (a unit test keeps the two in step). Every component here is a server component.
 */
export const mdxComponents = {
  a: SmartLink,
  Tweet,
  YouTube,
  Vimeo,
  Video,
  Note,
  Warning,
  Figure,
  ImageLink,
  TalkList,
  Talk,
  Gist,
  Asciinema,
  Table,
  Gallery,
  GalleryImage,
} satisfies MDXComponents
