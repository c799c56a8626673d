/** A `${name}` written in a label or hint, with its 1-based column. */
export interface PipedReference {
  readonly name: string;
  readonly column: number;
}

const PIPE = /\$\{\s*([^}]*?)\s*\}/g;

/** Every `${name}` a label or hint shows, in order. */
export function pipedReferences(text: string): PipedReference[] {
  return [...text.matchAll(PIPE)].map((m) => ({ name: m[1] ?? '', column: (m.index ?? 0) + 1 }));
}

/** Whether a text pipes in any answer; most do not, and are shown as they are. */
export function hasPiping(text: string): boolean {
  return text.includes('${');
}

/**
 * Replace each `${name}` in a label or hint with what `show` gives for that item (an answer as
 * the respondent reads it; '' when unanswered).
 * @example pipeText('How was ${service}?', (id) => labels[id]) // 'How was the clinic?'
 */
export function pipeText(text: string, show: (name: string) => string): string {
  if (!hasPiping(text)) return text;
  return text.replace(PIPE, (_, name: string) => show(name));
}
