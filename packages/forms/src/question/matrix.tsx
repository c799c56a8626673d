import { choicesOf, type Item, resolveText } from '@kolo/schema/forms';
import type { ReactNode } from 'react';
import { describedBy, Group } from './parts.tsx';
import type { WidgetProps } from './types.ts';

type MatrixItem = Extract<Item, { kind: 'matrix' }>;

/**
 * A matrix of likert rows: a table on a wide screen, one card per row on a phone (see styles.css).
 * Each radio is named by its row and its choice, so it reads right in either layout.
 */
export function MatrixQuestion(props: WidgetProps<MatrixItem>): ReactNode {
  const { definition, item, name: answerName, form, locale, ids, errorOf } = props;
  const choices = choicesOf(definition, item);
  const fields = [answerName, ...item.rows.map((row) => `${answerName}.${row.id}`)];
  // a row's change re-checks the whole matrix once it has shown an error, so "required" clears
  const revalidate = () => {
    if (fields.some((field) => form.getFieldState(field).invalid)) void form.trigger(fields);
  };
  return (
    <Group widget={props} className="kolo-matrix">
      <table className="kolo-matrix__table">
        <thead>
          <tr>
            <td />
            {choices.map((choice, c) => (
              <th
                key={choice.value}
                scope="col"
                id={`${ids.input}-col-${c}`}
                className={choice.notApplicable ? 'kolo-matrix__apart' : undefined}
              >
                {resolveText(choice.label, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.rows.map((row) => {
            const name = `${answerName}.${row.id}`;
            const rowLabelId = `${ids.input}-${row.id}-label`;
            const rowErrorId = `${ids.error}-${row.id}`;
            const error = errorOf(name);
            const field = form.register(name, { onChange: revalidate });
            return (
              <tr
                key={row.id}
                className={`kolo-matrix__row${error ? ' kolo-matrix__row--invalid' : ''}`}
                data-row={row.id}
              >
                <th scope="row" className="kolo-matrix__row-label">
                  <span id={rowLabelId}>{resolveText(row.label, locale)}</span>
                  {error ? (
                    <span className="kolo-error" id={rowErrorId}>
                      {error}
                    </span>
                  ) : null}
                </th>
                {choices.map((choice, c) => {
                  const inputId = `${ids.input}-${row.id}-${c}`;
                  const choiceLabelId = `${inputId}-label`;
                  return (
                    <td
                      key={choice.value}
                      className={choice.notApplicable ? 'kolo-matrix__apart' : undefined}
                    >
                      <label className="kolo-matrix__cell" htmlFor={inputId}>
                        <input
                          id={inputId}
                          className="kolo-matrix__input"
                          type="radio"
                          value={choice.value}
                          aria-labelledby={`${rowLabelId} ${choiceLabelId}`}
                          aria-describedby={describedBy(error && rowErrorId)}
                          aria-invalid={error ? true : undefined}
                          {...field}
                        />
                        <span className="kolo-matrix__choice" id={choiceLabelId}>
                          {resolveText(choice.label, locale)}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Group>
  );
}
