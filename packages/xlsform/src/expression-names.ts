/**
 * Rewrite the question names of an XLSForm expression or label: `${name}` and the relative path
 * `../name` (and `current()/../name`) become `${to(name)}`. Text in quotes is left alone.
 * @example renameReferences("../age > 18 and ${Sex} = 'f'", (n) => n.toLowerCase()) // "${age} > 18 and ${sex} = 'f'"
 */
export function renameReferences(text: string, to: (name: string) => string, paths = true): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (paths && (ch === "'" || ch === '"')) {
      const end = text.indexOf(ch, i + 1);
      const stop = end < 0 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    const piped = /^\$\{\s*([^}\s]+)\s*\}/.exec(text.slice(i));
    if (piped?.[1]) {
      out += `\${${to(piped[1])}}`;
      i += piped[0].length;
      continue;
    }
    const path = paths
      ? /^(?:current\(\)\/)?(?:\.\.\/)+([A-Za-z_][A-Za-z0-9_.-]*)/.exec(text.slice(i))
      : null;
    if (path?.[1] && !/[A-Za-z0-9_)]$/.test(out)) {
      out += `\${${to(path[1])}}`;
      i += path[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** `${name}` in a label or hint renamed (quotes are text there, not strings). */
export const renamePiping = (text: string, to: (name: string) => string): string =>
  renameReferences(text, to, false);
