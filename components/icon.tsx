const PATHS = {
  // A map pin.
  place: 'M12 22s7-6.1 7-12a7 7 0 1 0-14 0c0 5.9 7 12 7 12zm0-9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z',
  // A calendar page.
  dates: 'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v11H5z',
  // An arrow leaving a box: a link to another site.
  external: 'M14 3h7v7h-2V6.4l-8.3 8.3-1.4-1.4L17.6 5H14zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z',
  // An "i" cut out of a disc: a note.
  note: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1.2 8.5v7h2.4v-7zm1.2-4a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  // An exclamation mark cut out of a triangle: a warning.
  warning: 'M12 2.5 23 21.5H1zm-1.2 6.5.3 6.5h1.8l.3-6.5zm1.2 8.2a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6z',
  // A play triangle.
  play: 'M8 4.5v15l12-7.5z',
  // Angle brackets: code.
  code: 'M8.7 16.6 4.1 12l4.6-4.6L7.3 6l-6 6 6 6zm6.6 0 4.6-4.6-4.6-4.6L16.7 6l6 6-6 6z',
  // A terminal window with a prompt.
  terminal: 'M3 4h18a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm1 2v12h16V6zm2.3 2.3 3.6 3.7-3.6 3.7-1.4-1.4 2.2-2.3-2.2-2.3zM11 14h6v2h-6z',
  // An arrow to the right: leads on to another page.
  arrow: 'M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z',
} as const

type Props = { name: keyof typeof PATHS; size?: number }

/** A small decorative icon (hidden from screen readers: the text next to it says the same). */
export function Icon({ name, size = 18 }: Props) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width={size} height={size} fill="currentColor">
      {/* evenodd: the inner shapes of a path (the pin's hole, the note's "i") are cut out. */}
      <path fillRule="evenodd" d={PATHS[name]} />
    </svg>
  )
}
