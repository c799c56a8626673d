/** Heading levels a form can start at, leaving room for its two levels below. */
export type HeadingLevel = 1 | 2 | 3 | 4;
type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The heading element `depth` levels below `level`: `headingTag(2, 1)` is `h3`. */
export function headingTag(level: HeadingLevel, depth = 0): HeadingTag {
  return `h${Math.min(6, level + depth)}` as HeadingTag;
}
