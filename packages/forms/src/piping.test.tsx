import { renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { formMessages } from './messages/index.ts';
import type { FormValues } from './normalize.ts';
import { usePipedText } from './piping.ts';
import { outreachVisit } from './test-fixtures.ts';

describe('usePipedText', () => {
  it('should not read the whole form for a text that pipes no answer', () => {
    const messages = formMessages('en');
    let spy: ReturnType<typeof vi.spyOn> | undefined;
    const { result } = renderHook(() => {
      const form = useForm<FormValues>({ defaultValues: { a: 'x', b: 'y' } });
      spy ??= vi.spyOn(form.control, '_getWatch');
      return usePipedText(outreachVisit, form, 'How was the visit?', 'en', messages);
    });
    expect(result.current).toBe('How was the visit?');
    // a whole-form read copies every answer: with one per label and hint, mounting 200 questions was quadratic
    const wholeForm = ((spy?.mock.calls ?? []) as unknown[][]).filter((call) => call[0] === undefined);
    expect(wholeForm).toEqual([]);
  });
});
