import { createElement, Fragment, type ReactNode } from 'react';

/** Characters that mark up a label; an answer piped into one has them escaped (`\*`). */
const SPECIAL = /[\\*_[\]()]/g;

/** An answer as literal text inside a label's markdown: its `*`, `_`, `[`, `]`, `(`, `)` and `\` escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** A link target kolo opens: the web, e-mail or a phone number; never `javascript:` or `data:`. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:)[^\s]*$/i;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Node[] }
  | { kind: 'link'; children: Node[]; url: string };

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_[\]()])/g, '$1');
}

/** The index of `marker` closing a span opened just before `from`, skipping escapes; -1 when none. */
function closing(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text.startsWith(marker, i) && i > from) return i;
  }
  return -1;
}

/** The inline markdown XLSForm labels use (ODK's subset): `**strong**`, `*em*`, `[text](url)`, `\` escapes. */
export function parseMarkdown(text: string): Node[] {
  const nodes: Node[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') nodes.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length && /[\\*_[\]()]/.test(text[i + 1] as string)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    const strong = text.startsWith('**', i) ? '**' : text.startsWith('__', i) ? '__' : undefined;
    if (strong) {
      const end = closing(text, strong, i + 2);
      if (end > 0) {
        flush();
        nodes.push({ kind: 'strong', children: parseMarkdown(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (c === '*' && text[i + 1] !== ' ' && text[i + 1] !== '*') {
      const end = closing(text, '*', i + 1);
      if (end > 0 && text[end - 1] !== ' ') {
        flush();
        nodes.push({ kind: 'em', children: parseMarkdown(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = closing(text, ']', i + 1);
      if (close > 0 && text[close + 1] === '(') {
        const end = closing(text, ')', close + 2);
        const url = end > 0 ? unescapeMarkdown(text.slice(close + 2, end)).trim() : '';
        if (end > 0 && SAFE_URL.test(url)) {
          flush();
          nodes.push({ kind: 'link', url, children: parseMarkdown(text.slice(i + 1, close)) });
          i = end + 1;
          continue;
        }
      }
    }
    plain += c;
    i += 1;
  }
  flush();
  return nodes;
}

function renderNode(node: Node): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'strong':
      return <strong>{render(node.children)}</strong>;
    case 'em':
      return <em>{render(node.children)}</em>;
    case 'link':
      return (
        <a href={node.url} target="_blank" rel="noopener noreferrer">
          {render(node.children)}
        </a>
      );
  }
}

/** Nodes as positional children, which React keys by position: the text never reorders. */
function render(nodes: readonly Node[]): ReactNode {
  return createElement(Fragment, null, ...nodes.map(renderNode));
}

function nodeText(node: Node): string {
  return node.kind === 'text' ? node.text : node.children.map(nodeText).join('');
}

/** A label's words without its markdown, for a list or a screen reader's extra words: `**Age**` reads `Age`. */
export function markdownPlainText(text: string): string {
  if (!/[\\*_[]/.test(text)) return text;
  return parseMarkdown(text).map(nodeText).join('');
}

/**
 * A label, hint or note written with XLSForm's markdown: bold, emphasis and links become elements
 * (never HTML from the text), line breaks stay (the containers use `white-space: pre-line`).
 */
export function MarkdownText({ text }: { text: string }): ReactNode {
  if (!/[\\*_[]/.test(text)) return text;
  return render(parseMarkdown(text));
}
