import { describe, expect, it } from 'vitest';
import { checkPin } from './vault.ts';

describe('checkPin', () => {
  it('should accept 6 to 12 digits that follow no simple pattern', () => {
    for (const pin of ['480917', '2718281', '903172645518']) expect(checkPin(pin)).toBeNull();
  });

  it('should refuse anything but digits', () => {
    for (const pin of ['48091a', '4809 17', '४८०९१७']) expect(checkPin(pin)).toBe('digits');
  });

  it('should refuse fewer than 6 or more than 12 digits', () => {
    for (const pin of ['', '48091', '4809174809174']) expect(checkPin(pin)).toBe('length');
  });

  it('should refuse one digit repeated, straight runs and very common PINs', () => {
    for (const pin of [
      '000000',
      '999999',
      '123456',
      '654321',
      '890123',
      '13579135',
      '121212',
      '123123',
      '102102',
    ])
      expect(checkPin(pin), pin).toBe('trivial');
    for (const pin of ['112233', '696969', '159753', '147258']) expect(checkPin(pin), pin).toBe('trivial');
  });
});
