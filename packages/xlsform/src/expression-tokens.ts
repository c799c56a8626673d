/** One token of an XLSForm expression, with its offset for messages. */
export type Token =
  | { readonly kind: 'ref'; readonly name: string; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly at: number }
  | { readonly kind: 'name'; readonly value: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly value: string; readonly at: number }
  | { readonly kind: 'end'; readonly at: number };

export type TokenizeResult =
  | { readonly ok: true; readonly tokens: Token[] }
  | { readonly ok: false; readonly message: string; readonly at: number };

const SYMBOLS = ['!=', '<=', '>=', '=', '<', '>', '(', ')', ',', '+', '-', '*', '/', '|', '[', ']', '@'];
const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.:-]/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;

/** Split an expression into tokens; a character that starts no token is an error with its offset. */
export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const at = i;
    if (ch === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return { ok: false, message: `a "\${" is never closed with "}"`, at };
      const name = text.slice(i + 2, close).trim();
      if (name === '') return { ok: false, message: `"\${}" names no question`, at };
      tokens.push({ kind: 'ref', name, at });
      i = close + 1;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '‘' || ch === '’' || ch === '“' || ch === '”') {
      // spreadsheet programs turn straight quotes into curly ones: accept both
      const closers = ch === "'" || ch === '"' ? [ch] : ch === '‘' || ch === '’' ? ['’', '‘'] : ['”', '“'];
      let end = i + 1;
      while (end < text.length && !closers.includes(text[end] ?? '')) end += 1;
      if (end >= text.length) return { ok: false, message: 'a quoted text is never closed', at };
      tokens.push({ kind: 'string', value: text.slice(i + 1, end), at });
      i = end + 1;
      continue;
    }
    const number = NUMBER.exec(text.slice(i, i + 64));
    if (number && (ch !== '.' || /\d/.test(text[i + 1] ?? ''))) {
      tokens.push({ kind: 'number', value: Number(number[0]), text: number[0], at });
      i += number[0].length;
      continue;
    }
    if (ch === '.') {
      const dots = text[i + 1] === '.' ? '..' : '.';
      tokens.push({ kind: 'symbol', value: dots, at });
      i += dots.length;
      continue;
    }
    if (NAME_START.test(ch)) {
      let end = i + 1;
      while (end < text.length && NAME_PART.test(text[end] ?? '')) end += 1;
      // a name does not end with "-" (as in "x -1"), nor with ".": give those back
      while (end > i + 1 && /[-.]/.test(text[end - 1] ?? '')) end -= 1;
      tokens.push({ kind: 'name', value: text.slice(i, end), at });
      i = end;
      continue;
    }
    const symbol = SYMBOLS.find((s) => text.startsWith(s, i));
    if (symbol) {
      tokens.push({ kind: 'symbol', value: symbol, at });
      i += symbol.length;
      continue;
    }
    return { ok: false, message: `unexpected "${ch}"`, at };
  }
  tokens.push({ kind: 'end', at: text.length });
  return { ok: true, tokens };
}
