/** A table of UI strings as the message files write it: nested objects of strings. */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Every string of a message tree, keyed by its dotted path (`scorecard.legend`). */
export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flattenMessages(value, path)) out.set(p, v);
  }
  return out;
}
