import { useEffect, useMemo, useRef, useState } from 'react';
import { type FormMessages, formMessages, formMessagesLoaded, loadFormMessages } from './index.ts';

/** The language a form shows and its own strings in that language. */
export interface ShownLanguage {
  locale: string;
  messages: FormMessages;
}

/**
 * The language the form can show for `locale`, loading it when it is not in yet. Until the first
 * language arrives it returns `undefined` (the form waits; it never stands in English for a
 * language it speaks). On a switch to a language still loading, it keeps the previous language
 * whole (questions and the form's own words), so the form stays mounted with its answers and
 * switches at once when the new one is in. Only if the language cannot be fetched at all
 * (offline and never cached) does the form fall back to English words.
 */
export function useFormMessages(locale: string): ShownLanguage | undefined {
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);
  const ready = formMessagesLoaded(locale);
  const current = useMemo(
    () => (ready ? { locale, messages: formMessages(locale) } : undefined),
    [locale, ready],
  );
  const last = useRef<ShownLanguage | undefined>(undefined);
  if (current) last.current = current;

  useEffect(() => {
    if (ready) return;
    let live = true;
    loadFormMessages(locale).then(
      () => live && setArrived((n) => n + 1),
      () => live && setFailed(locale),
    );
    return () => {
      live = false;
    };
  }, [locale, ready]);

  if (current) return current;
  if (failed === locale) return { locale, messages: formMessages('en') };
  return last.current;
}
