import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, MarkdownText, markdownPlainText } from './markdown-text.tsx';

const html = (text: string) => render(<MarkdownText text={text} />).container.innerHTML;

describe("labels written in XLSForm's markdown", () => {
  it('should show bold, emphasis and web links as elements', () => {
    expect(html('**Important**: ask *gently*')).toBe('<strong>Important</strong>: ask <em>gently</em>');
    expect(html('[SEE THE MAP](https://maps.example/ea/3004557141)')).toBe(
      '<a href="https://maps.example/ea/3004557141" target="_blank" rel="noopener noreferrer">SEE THE MAP</a>',
    );
  });

  it('should never make a javascript: or data: link, nor HTML from the text', () => {
    expect(html('[click](javascript:alert(1))')).not.toContain('<a');
    expect(html('[x](data:text/html,hi)')).not.toContain('<a');
    expect(html('<img src=x onerror=alert(1)> **b**')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <strong>b</strong>',
    );
  });

  it('should leave unclosed marks and snake_case as written', () => {
    expect(html('5 * 3 = 15, a_b_c and **open')).toBe('5 * 3 = 15, a_b_c and **open');
  });

  it('should show any escaped answer exactly as typed, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '\\', 'a', ' ', 'h', ':') }),
        (answer) => {
          const { container } = render(<MarkdownText text={`Name: **${escapeMarkdown(answer)}**`} />);
          expect(container.querySelector('strong')?.textContent ?? '').toBe(answer);
          expect(container.querySelector('a, em')).toBeNull();
          container.remove();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a label without its markdown', () => {
  it('should keep the words and drop the marks, links read as their text', () => {
    expect(markdownPlainText('**Age** of *your* partner ([why](https://x.example))')).toBe(
      'Age of your partner (why)',
    );
    expect(markdownPlainText('a_b and 5 * 3')).toBe('a_b and 5 * 3');
  });
});
