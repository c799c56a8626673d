import { describe, expect, it } from 'vitest';
import { cellText, readHeader } from './read-workbook.ts';

describe('reading cells and headers', () => {
  it('should show a cell as a spreadsheet does, without characters a database refuses', () => {
    expect(cellText('a\u0000b\u0007c\uD800d\tе 🙂')).toBe('abcd\tе 🙂');
    expect(cellText(12)).toBe('12');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date('2025-03-01T00:00:00Z'))).toBe('2025-03-01');
    expect(cellText({ richText: [{ text: 'Kind ' }, { text: 'staff' }] })).toBe('Kind staff');
    expect(cellText({ formula: 'A1', result: 'x' } as never)).toBe('x');
    expect(cellText({ error: '#N/A' } as never)).toBe('');
  });

  it('should read headers in any case and spacing, with their language', () => {
    expect(readHeader('Label::English (en)')).toEqual({ key: 'label', language: 'English (en)' });
    expect(readHeader('list name')).toEqual({ key: 'list_name', language: undefined });
    expect(readHeader('media::image::English (en)')).toEqual({
      key: 'media',
      language: 'image::English (en)',
    });
  });
});
