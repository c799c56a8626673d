import { describe, expect, it } from 'vitest';
import { readType } from './survey-type.ts';

describe('readType', () => {
  it('should read the long spellings: select one from X, select all that apply from X', () => {
    expect(readType('select one from yes_no')).toEqual({
      keyword: 'select_one',
      list: 'yes_no',
      orOther: false,
      extra: '',
    });
    expect(readType('Select all that apply from Services or_other')).toMatchObject({
      keyword: 'select_multiple',
      list: 'Services',
      orOther: true,
    });
    expect(readType('select all that apply services')).toMatchObject({
      keyword: 'select_multiple',
      list: 'services',
    });
    expect(readType('select_multiple_from services')).toMatchObject({
      keyword: 'select_multiple',
      list: 'services',
    });
    expect(readType('select_one_from_file towns.csv')).toMatchObject({ keyword: 'select_one_from_file' });
  });
});
