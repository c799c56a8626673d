import { Field } from '../layout/field.tsx';
import { PIN_MAX_LENGTH } from '../offline/vault.ts';

/** A PIN field: digits keyboard on phones, hidden as typed, never saved by the browser. */
export function PinInput({
  label,
  value,
  onChange,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={PIN_MAX_LENGTH}
          value={value}
          // biome-ignore lint/a11y/noAutofocus: the lock screen has one task, typing the PIN
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value.replace(/\s/g, ''))}
          required
        />
      )}
    </Field>
  );
}
