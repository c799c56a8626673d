import { describe, expect, it, vi } from 'vitest';
import { registerObservationMessages } from '../collect/observation-messages/register.ts';
import { i18n, loadLanguage, registerLazyMessages } from './index.ts';

describe('a screen registering its strings per language', () => {
  it('should have English at once and fetch another language only with that language', async () => {
    const uk = vi.fn(async () => ({ hello: 'Привіт' }));
    const ro = vi.fn(async () => ({ hello: 'Salut' }));
    const never = async () => ({ hello: '?' });
    registerLazyMessages({
      key: 'lazyTest',
      en: { hello: 'Hello' },
      loaders: { uk, ro, ru: never, pl: never, ky: never, sr: never },
    });
    expect(i18n.t('lazyTest.hello', { lng: 'en' })).toBe('Hello');
    expect(uk).not.toHaveBeenCalled();
    await loadLanguage('uk');
    expect(uk).toHaveBeenCalledTimes(1);
    expect(ro).not.toHaveBeenCalled();
    expect(i18n.t('lazyTest.hello', { lng: 'uk' })).toBe('Привіт');
  });

  it('should fetch its strings at once for a language loaded before it registered', async () => {
    await loadLanguage('pl');
    const pl = vi.fn(async () => ({ hello: 'Cześć' }));
    const never = async () => ({ hello: '?' });
    registerLazyMessages({
      key: 'lateTest',
      en: { hello: 'Hello' },
      loaders: { pl, uk: never, ru: never, ro: never, ky: never, sr: never },
    });
    await vi.waitFor(() => expect(i18n.t('lateTest.hello', { lng: 'pl' })).toBe('Cześć'));
  });

  it('should give the field-observation strings in Serbian Latin once Serbian Latin is loaded', async () => {
    registerObservationMessages();
    await loadLanguage('sr-Latn');
    expect(i18n.t('observe.title', { lng: 'sr-Latn' })).toMatch(/^[\p{Script=Latin}\s\p{P}]+$/u);
    expect(i18n.t('observe.title', { lng: 'sr-Latn' })).not.toBe(i18n.t('observe.title', { lng: 'en' }));
  });
});
