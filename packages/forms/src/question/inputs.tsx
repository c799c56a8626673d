import { type Item, resolveText } from '@kolo/schema/forms';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { formatDate } from '../issue-message.ts';
import { formatMessage } from '../messages/index.ts';
import { describedBy, ErrorText, Hint, LabelText } from './parts.tsx';
import type { WidgetProps } from './types.ts';

/** Label, hint and error above one input, the input described by both. */
function Field(props: {
  widget: WidgetProps;
  extra?: ReactNode;
  extraId?: string | undefined;
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
}): ReactNode {
  const { widget, extra, extraId, children } = props;
  const { item, name, ids, errorOf } = widget;
  const error = errorOf(name);
  return (
    <div className="kolo-field">
      <label className="kolo-label" id={ids.label} htmlFor={ids.input}>
        <LabelText {...widget} />
      </label>
      <Hint {...widget} />
      {extra}
      <ErrorText id={ids.error}>{error}</ErrorText>
      {children(describedBy(item.hint && ids.hint, extraId, error && ids.error), error ? true : undefined)}
    </div>
  );
}

function rangeText(
  min: number | undefined,
  max: number | undefined,
  widget: WidgetProps,
): string | undefined {
  const { messages } = widget;
  if (min !== undefined && max !== undefined) return formatMessage(messages.numberRange, { min, max });
  if (min !== undefined) return formatMessage(messages.numberAtLeast, { min });
  if (max !== undefined) return formatMessage(messages.numberAtMost, { max });
  return undefined;
}

/**
 * A number typed in a text box with a numeric keypad: `type="number"` drops a decimal comma
 * silently on many phones, so the form parses the text itself.
 */
export function NumberQuestion(props: WidgetProps<Extract<Item, { kind: 'number' }>>): ReactNode {
  const { item, form, locale, ids } = props;
  const range = rangeText(item.min, item.max, props);
  const rangeId = `${ids.hint}-range`;
  const unit = item.unit ? resolveText(item.unit, locale) : undefined;
  return (
    <Field
      widget={props}
      extraId={range ? rangeId : undefined}
      extra={
        range ? (
          <p className="kolo-hint" id={rangeId}>
            {range}
          </p>
        ) : null
      }
    >
      {(description, invalid) => (
        <div className="kolo-number">
          <input
            id={ids.input}
            className="kolo-input kolo-input--number"
            type="text"
            inputMode={item.integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            aria-describedby={description}
            aria-invalid={invalid}
            data-min={item.min}
            data-max={item.max}
            {...form.register(props.name)}
          />
          {unit ? <span className="kolo-number__unit">{unit}</span> : null}
        </div>
      )}
    </Field>
  );
}

/** "Characters left" under a text box; only this re-renders on a keystroke. */
function CharacterCount({
  form,
  name,
  max,
  id,
  widget,
}: {
  form: WidgetProps['form'];
  name: string;
  max: number;
  id: string;
  widget: WidgetProps;
}): ReactNode {
  const length = useWatch({
    control: form.control,
    name,
    exact: true,
    compute: (value: unknown) => (typeof value === 'string' ? value.length : 0),
  });
  const left = max - length;
  const { messages } = widget;
  return (
    <p className={`kolo-count${left < 0 ? ' kolo-count--over' : ''}`} id={id}>
      {left >= 0
        ? formatMessage(messages.charactersLeft, { count: left })
        : formatMessage(messages.charactersOver, { count: -left })}
    </p>
  );
}

/** Free text: one line, or a text area when `long`, with a counter when the item sets `maxLength`. */
export function TextQuestion(props: WidgetProps<Extract<Item, { kind: 'text' }>>): ReactNode {
  const { item, form, ids } = props;
  const countId = `${ids.hint}-count`;
  const max = item.maxLength;
  return (
    <Field widget={props}>
      {(description, invalid) => {
        const common = {
          id: ids.input,
          className: `kolo-input${item.long ? ' kolo-input--long' : ''}`,
          'aria-describedby': describedBy(description, max !== undefined && countId),
          'aria-invalid': invalid,
          ...form.register(props.name),
        };
        return (
          <>
            {item.long ? (
              <textarea rows={5} {...common} />
            ) : (
              <input type="text" autoComplete="off" {...common} />
            )}
            {max !== undefined ? (
              <CharacterCount form={form} name={props.name} max={max} id={countId} widget={props} />
            ) : null}
          </>
        );
      }}
    </Field>
  );
}

/** A date picker bounded by the item's min and max. */
export function DateQuestion(props: WidgetProps<Extract<Item, { kind: 'date' }>>): ReactNode {
  const { item, form, ids, locale, messages } = props;
  const bounds =
    item.min && item.max
      ? formatMessage(messages.numberRange, {
          min: formatDate(item.min, locale),
          max: formatDate(item.max, locale),
        })
      : undefined;
  const boundsId = `${ids.hint}-range`;
  return (
    <Field
      widget={props}
      extraId={bounds ? boundsId : undefined}
      extra={
        bounds ? (
          <p className="kolo-hint" id={boundsId}>
            {bounds}
          </p>
        ) : null
      }
    >
      {(description, invalid) => (
        <input
          id={ids.input}
          className="kolo-input kolo-input--date"
          type="date"
          min={item.min}
          max={item.max}
          aria-describedby={description}
          aria-invalid={invalid}
          {...form.register(props.name)}
        />
      )}
    </Field>
  );
}
