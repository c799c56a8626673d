import type { Item } from '@kolo/schema/forms';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { answerLabel } from '../answer-label.ts';
import { answersAt, type FormValues } from '../normalize.ts';
import { Hint, LabelText } from './parts.tsx';
import type { WidgetProps } from './types.ts';

type CalculateItem = Extract<Item, { kind: 'calculate' }>;

/**
 * A calculation shown read-only, recomputed as the respondent answers (the server computes it
 * again on arrival and stores its own result). Hidden calculations render nothing.
 */
export function CalculatedValue(props: WidgetProps<CalculateItem>): ReactNode {
  const { definition, item, form, locale, messages, ids, place } = props;
  // the value is watched, and worded at render so a change of language shows at once
  const computed = useWatch({
    control: form.control,
    compute: (values: FormValues) => answersAt(definition, values, place)[item.id] ?? null,
  });
  const value = answerLabel(definition, item, { [item.id]: computed }, locale, messages).join(', ');
  return (
    <div className="kolo-calculated">
      <p className="kolo-label" id={ids.label}>
        <LabelText {...props} />
      </p>
      <Hint {...props} />
      <output
        className="kolo-calculated__value"
        id={ids.input}
        aria-labelledby={ids.label}
        aria-live="polite"
      >
        {value !== '' ? value : '—'}
      </output>
    </div>
  );
}
