import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './static-files.ts';

const both = { br: true, gzip: true };

describe('chooseEncoding', () => {
  it('should prefer brotli, then gzip, among what the client accepts', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseEncoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseEncoding('gzip, br', { gzip: true })).toBe('gzip');
  });

  it('should honour q=0 and the wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip');
    expect(chooseEncoding('*', both)).toBe('br');
    expect(chooseEncoding('*;q=0, identity', both)).toBeUndefined();
    expect(chooseEncoding('BR ; q=1', both)).toBe('br');
  });

  it('should send the file as it is without the header or with nothing acceptable', () => {
    expect(chooseEncoding(undefined, both)).toBeUndefined();
    expect(chooseEncoding('', both)).toBeUndefined();
    expect(chooseEncoding('identity', both)).toBeUndefined();
    expect(chooseEncoding('deflate, zstd', both)).toBeUndefined();
    expect(chooseEncoding('br;q=nonsense', both)).toBeUndefined();
  });
});
