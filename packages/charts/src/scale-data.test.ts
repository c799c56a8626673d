import { describe, expect, it } from 'vitest';
import { wrapLabel } from './label-wrap.ts';
import { chartMessages, fewerThanText } from './messages.ts';
import {
  contrastRatio,
  ladderColours,
  MUTED_TEXT_COLOUR,
  negativeColours,
  positiveColours,
  textOn,
} from './palette.ts';
import { isParticipationLadder, scaleLayout } from './scale-data.ts';
import { PARTICIPATION, survey } from './test-fixtures.ts';

const agree5 = survey.choiceLists?.agree5 ?? [];

describe('scaleLayout', () => {
  it('should split an odd scale into negative half, neutral middle and positive half, n/a apart', () => {
    const layout = scaleLayout(agree5);
    expect(layout.negative.map((c) => c.value)).toEqual(['1', '2']);
    expect(layout.neutral?.value).toBe('3');
    expect(layout.positive.map((c) => c.value)).toEqual(['4', '5']);
    expect(layout.notApplicable.map((c) => c.value)).toEqual(['na']);
  });

  it('should have no neutral middle on an even scale', () => {
    const layout = scaleLayout(agree5.filter((c) => c.value !== '3'));
    expect(layout.neutral).toBeUndefined();
    expect(layout.negative).toHaveLength(2);
    expect(layout.positive).toHaveLength(2);
  });
});

describe('isParticipationLadder', () => {
  it('should recognise the community-involvement ladder and not an agreement scale', () => {
    expect(isParticipationLadder(PARTICIPATION)).toBe(true);
    expect(isParticipationLadder(agree5)).toBe(false);
    expect(isParticipationLadder([...PARTICIPATION].reverse())).toBe(false);
  });
});

describe('wrapLabel', () => {
  it('should wrap at spaces and cut with an ellipsis', () => {
    expect(wrapLabel('Needle and syringe programme', 12, 2)).toEqual(['Needle and', 'syringe…']);
    expect(wrapLabel('Short', 12, 2)).toEqual(['Short']);
  });
});

describe('palette', () => {
  it('should keep text readable (WCAG AA) on every segment colour', () => {
    for (const fill of [...negativeColours(3), ...positiveColours(3), ...ladderColours(6)]) {
      expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(MUTED_TEXT_COLOUR, '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('chartMessages', () => {
  it('should fall back along the locale chain and pick plural forms', () => {
    expect(chartMessages('be').noData).toBe('Данных пока нет');
    expect(chartMessages('fr').noData).toBe('No data yet');
    expect(fewerThanText(chartMessages('uk'), 5, 'uk')).toBe('менше ніж 5 відповідей');
    expect(fewerThanText(chartMessages('uk'), 3, 'uk')).toBe('менше ніж 3 відповіді');
    expect(fewerThanText(chartMessages('ru'), 10, 'ru')).toBe('меньше 10 ответов');
  });
});
