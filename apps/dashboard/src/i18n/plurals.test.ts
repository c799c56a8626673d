import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DESIGN_MESSAGES } from '../design/messages/index.ts';
import { en } from './en.ts';
import { ky } from './ky.ts';
import { pl } from './pl.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sr } from './sr.ts';
import { uk } from './uk.ts';

const APP = { en, uk, ru, pl, ky, ro, sr } as const;
const COUNTS = [1, 2, 5, 21, 22, 25];

async function translator(lng: keyof typeof APP) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: {
      [lng]: {
        translation: { ...APP[lng], design: DESIGN_MESSAGES[lng] },
      },
    },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

/** A count followed by a word: "{{count}} interviews" ({{n}} numbers a position: "option {{n}}"). */
const COUNTED_NOUN = /\{\{\s*(count|k)\s*\}\}\s+\p{L}/u;

describe('plural forms on screen', () => {
  it('should give every English text that puts a word after a count plural keys', () => {
    const all = [...strings(en), ...strings(DESIGN_MESSAGES.en, 'design')];
    const single = all.filter(([key, value]) => COUNTED_NOUN.test(value) && !/_(one|other)$/.test(key));
    expect(single.map(([key]) => key)).toEqual([]);
  });

  it.each([
    ['uk', 'респондента', 'респондентів', 'респондентів', 'респондента', 'респондентів', 'респондентів'],
    ['ru', 'респондента', 'респондентов', 'респондентов', 'респондента', 'респондентов', 'респондентов'],
    [
      'pl',
      'osoby ankietowanej',
      'osób ankietowanych',
      'osób ankietowanych',
      'osób ankietowanych',
      'osób ankietowanych',
      'osób ankietowanych',
    ],
    ['ro', 'respondent', 'respondenți', 'respondenți', 'de respondenți', 'de respondenți', 'de respondenți'],
    ['sr', 'испитаника', 'испитаника', 'испитаника', 'испитаника', 'испитаника', 'испитаника'],
  ] as const)(
    'should agree the suppression note with 1, 2, 5, 21, 22 and 25 in %s',
    async (lng, ...words) => {
      const t = await translator(lng);
      COUNTS.forEach((count, i) => {
        expect(t('insights.suppressedNote', { count })).toContain(`${count} ${words[i]}`);
      });
    },
  );

  it.each([
    ['uk', ['спроба', 'спроби', 'спроб', 'спроба', 'спроби', 'спроб']],
    ['ru', ['попытка', 'попытки', 'попыток', 'попытка', 'попытки', 'попыток']],
    ['pl', ['próba', 'próby', 'prób', 'prób', 'próby', 'prób']],
    ['ro', ['încercare', 'încercări', 'încercări', 'de încercări', 'de încercări', 'de încercări']],
    ['sr', ['покушај', 'покушаја', 'покушаја', 'покушај', 'покушаја', 'покушаја']],
  ] as const)('should count PIN tries left for 1, 2, 5, 21, 22 and 25 in %s', async (lng, words) => {
    const t = await translator(lng);
    COUNTS.forEach((count, i) => {
      expect(t('pin.wrong', { count })).toContain(`${count} ${words[i]}`);
    });
  });

  it('should keep the count in Kyrgyz, where the noun does not change', async () => {
    const t = await translator('ky');
    for (const count of COUNTS)
      expect(t('insights.suppressedNote', { count })).toContain(`${count} респондент`);
  });
});
