/**
 * Break a label into at most `maxLines` lines of about `maxChars` characters, at spaces where it
 * can, ending with "…" when the label is longer: long choice labels stay readable at 360 px.
 * @example wrapLabel('Needle and syringe programme', 12, 2) // ['Needle and', 'syringe…']
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let rest = text.trim().replace(/\s+/g, ' ');
  while (rest.length > 0 && lines.length < maxLines) {
    if (rest.length <= width) {
      lines.push(rest);
      rest = '';
      break;
    }
    const space = rest.lastIndexOf(' ', width);
    const cut = space > width / 3 ? space : width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
  }
  return lines;
}
