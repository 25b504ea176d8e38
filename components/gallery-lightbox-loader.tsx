'use client'

import dynamic from 'next/dynamic'

/**
 * The lightbox, imported where it renders: a client component imported by a server component
 * joins the chunk every page of its route loads (every post), so only this loader does, and the
 * lightbox's own chunk loads on pages that show a gallery.
 */
export const GalleryLightboxLoader = dynamic(() => import('./gallery-lightbox').then((module) => module.GalleryLightbox))
