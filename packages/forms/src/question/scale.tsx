import { choicesOf, type Item, resolveText } from '@kolo/schema/forms';
import type { ReactNode } from 'react';
import type { FormMessages } from '../messages/index.ts';
import { Group } from './parts.tsx';
import type { WidgetProps } from './types.ts';

interface ScaleOption {
  readonly value: string;
  readonly label: string;
  readonly apart?: boolean | undefined;
}

/** A row of large radio "buttons" that wraps to a list on a narrow screen. */
function Segments(props: {
  widget: WidgetProps;
  options: readonly ScaleOption[];
  variant: string;
}): ReactNode {
  const { widget, options, variant } = props;
  const { name, form, ids, errorOf } = widget;
  const field = form.register(name);
  const invalid = errorOf(name) ? true : undefined;
  const segment = (option: ScaleOption) => {
    const inputId = `${ids.input}-${option.value}`;
    return (
      <div key={option.value} className="kolo-segment">
        <input
          id={inputId}
          className="kolo-segment__input"
          type="radio"
          value={option.value}
          aria-invalid={invalid}
          {...field}
        />
        <label className="kolo-segment__label" htmlFor={inputId}>
          {option.label}
        </label>
      </div>
    );
  };
  const main = options.filter((o) => !o.apart);
  const apart = options.filter((o) => o.apart);
  return (
    <div className={`kolo-scale kolo-scale--${variant}`}>
      <div className="kolo-scale__main">{main.map(segment)}</div>
      {apart.length > 0 ? <div className="kolo-scale__apart">{apart.map(segment)}</div> : null}
    </div>
  );
}

/** Likert: a labelled agreement scale, with "not applicable" set apart. */
export function LikertQuestion(props: WidgetProps<Extract<Item, { kind: 'likert' }>>): ReactNode {
  const { definition, item, locale } = props;
  const options = choicesOf(definition, item).map((choice) => ({
    value: choice.value,
    label: resolveText(choice.label, locale),
    apart: choice.notApplicable,
  }));
  return (
    <Group widget={props} className="kolo-likert">
      <Segments widget={props} options={options} variant="likert" />
    </Group>
  );
}

/** Rating: numbered buttons from min to max with the end labels beside the scale. */
export function RatingQuestion(props: WidgetProps<Extract<Item, { kind: 'rating' }>>): ReactNode {
  const { item, locale, ids } = props;
  const min = item.min ?? 1;
  const options = Array.from({ length: item.max - min + 1 }, (_, i) => ({
    value: String(min + i),
    label: String(min + i),
  }));
  const ends = item.minLabel || item.maxLabel;
  const endsId = `${ids.hint}-ends`;
  return (
    <Group widget={props} className="kolo-rating" extraDescription={ends ? endsId : undefined}>
      <Segments widget={props} options={options} variant="rating" />
      {ends ? (
        <p className="kolo-rating__ends" id={endsId}>
          <span>{item.minLabel ? `${min}: ${resolveText(item.minLabel, locale)}` : ''}</span>
          <span>{item.maxLabel ? `${item.max}: ${resolveText(item.maxLabel, locale)}` : ''}</span>
        </p>
      ) : null}
    </Group>
  );
}

/** The answers of a yes/no question, in the form's language. */
export function yesNoOptions(dontKnow: boolean | undefined, messages: FormMessages): ScaleOption[] {
  const options: ScaleOption[] = [
    { value: 'yes', label: messages.yes },
    { value: 'no', label: messages.no },
  ];
  if (dontKnow) options.push({ value: 'dont_know', label: messages.dontKnow, apart: true });
  return options;
}

/** Yes / no (/ don't know) as large radios. */
export function YesNoQuestion(props: WidgetProps<Extract<Item, { kind: 'yes_no' }>>): ReactNode {
  return (
    <Group widget={props} className="kolo-yes-no">
      <Segments widget={props} options={yesNoOptions(props.item.dontKnow, props.messages)} variant="yes-no" />
    </Group>
  );
}
