import { type ReactNode, useId } from 'react';

/**
 * A labelled form control: the label names the control by `htmlFor`, so screen readers announce
 * just the label (a wrapping label would also read out every option of a select).
 */
export function Field({
  label,
  compact,
  children,
}: {
  label: ReactNode;
  compact?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={compact ? 'field compact' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
