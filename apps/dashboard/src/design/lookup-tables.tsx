import { LOOKUP_MAX_COLUMNS, LOOKUP_MAX_ROWS, type SurveyDefinition } from '@kolo/schema';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftCheck } from './design-api.ts';
import { downloadLookup, removeLookup, uploadLookup } from './lookup-api.ts';
import { lookupRefusalText } from './lookup-refusal.ts';
import { type LookupEntry, lookupEntries } from './lookup-status.ts';
import { MachineMessage } from './machine-message.tsx';
import type { MachineText } from './machine-messages.ts';
import './lookup-tables.css';

export interface LookupTablesPanelProps {
  readonly surveyId: string;
  /** The builder's definition, unsaved edits included. */
  readonly definition: SurveyDefinition;
  /** Save unsaved edits first, so the server's draft is the builder's; false when that failed. */
  readonly ensureSaved: () => Promise<boolean>;
  /** The server stored the draft's new tables; its problems after the change. */
  readonly onChanged: (lookups: SurveyDefinition['lookups'], check: DraftCheck) => void;
}

type Message =
  | { readonly kind: 'success'; readonly text: string }
  | { readonly kind: 'error'; readonly text: MachineText };

const CSV_ACCEPT = '.csv,text/csv';

/**
 * The builder's lookup tables (XLSForm form media read by `pulldata()`): what the form reads and
 * what is attached, each with its status; upload, replace, download and remove (asked first).
 */
export function LookupTablesPanel({ surveyId, definition, ensureSaved, onChanged }: LookupTablesPanelProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const entries = lookupEntries(definition);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const fail = (error: unknown) =>
    setMessage({ kind: 'error', text: lookupRefusalText(t, error, i18n.language) });

  const run = async (key: string, work: () => Promise<string>) => {
    setBusy(key);
    setMessage(null);
    try {
      if (!(await ensureSaved())) {
        setMessage({ kind: 'error', text: { text: t('designLookups.saveFirst'), original: false } });
        return;
      }
      setMessage({ kind: 'success', text: await work() });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const upload = (file: File, name?: string) =>
    run(name ?? '+', async () => {
      const saved = await uploadLookup(surveyId, file, name);
      onChanged({ ...(definition.lookups ?? {}), [saved.name]: saved.table }, saved);
      return t(saved.replaced ? 'designLookups.replaced' : 'designLookups.attached', {
        file: `${saved.name}.csv`,
      });
    });

  const remove = (name: string) =>
    run(name, async () => {
      const check = await removeLookup(surveyId, name);
      const { [name]: _removed, ...rest } = definition.lookups ?? {};
      onChanged(Object.keys(rest).length > 0 ? rest : undefined, check);
      setAsking(null);
      return t('designLookups.removed', { file: `${name}.csv` });
    });

  const download = async (name: string) => {
    setMessage(null);
    try {
      if (!(await ensureSaved())) throw new Error('not saved');
      await downloadLookup(surveyId, name);
    } catch {
      setMessage({ kind: 'error', text: { text: t('designLookups.downloadFailed'), original: false } });
    }
  };

  return (
    <section aria-labelledby="lookups-title" className="lookup-tables" aria-busy={busy !== null || undefined}>
      <h2 id="lookups-title">{t('designLookups.title')}</h2>
      <p className="note">{t('designLookups.intro')}</p>
      <p className="lookup-warning">{t('designLookups.warning')}</p>
      {message ? (
        <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.kind === 'error' ? <MachineMessage message={message.text} /> : message.text}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="note">{t('designLookups.none')}</p> : null}
      <ul className="lookup-list">
        {entries.map((entry) => (
          <li key={entry.name} className={`card lookup-entry lookup-${entry.status}`}>
            <h3>
              <code>{entry.name}.csv</code>
            </h3>
            <EntryStatus entry={entry} number={number} />
            <div className="actions">
              <CsvPicker
                label={t(entry.table ? 'designLookups.replace' : 'designLookups.upload', {
                  file: `${entry.name}.csv`,
                })}
                disabled={busy !== null}
                onFile={(file) => void upload(file, entry.name)}
              />
              {entry.table ? (
                <>
                  <button type="button" className="small" onClick={() => void download(entry.name)}>
                    {t('designLookups.download', { file: `${entry.name}.csv` })}
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={busy !== null}
                    aria-expanded={asking === entry.name}
                    onClick={() => setAsking(entry.name)}
                  >
                    {t('designLookups.remove', { file: `${entry.name}.csv` })}
                  </button>
                </>
              ) : null}
            </div>
            {asking === entry.name ? (
              <div role="alertdialog" aria-labelledby={`remove-${entry.name}`} className="stack panel">
                <p id={`remove-${entry.name}`}>
                  {t('designLookups.removeConfirm', { file: `${entry.name}.csv` })}
                </p>
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy !== null}
                    onClick={() => void remove(entry.name)}
                  >
                    {t('designLookups.removeYes')}
                  </button>
                  <button type="button" onClick={() => setAsking(null)}>
                    {t('designLookups.cancel')}
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="lookup-other">
        <CsvPicker
          label={t('designLookups.attachOther')}
          disabled={busy !== null}
          onFile={(file) => void upload(file)}
        />
      </div>
      <p className="note">
        {t('designLookups.fileHint', { rows: number(LOOKUP_MAX_ROWS), columns: number(LOOKUP_MAX_COLUMNS) })}
      </p>
      {busy !== null ? <p role="status">{t('designLookups.working')}</p> : null}
    </section>
  );
}

function EntryStatus({ entry, number }: { entry: LookupEntry; number: (n: number) => string }) {
  const { t } = useTranslation();
  const list = (columns: readonly string[]) => columns.join(', ');
  return (
    <div className="lookup-status">
      {entry.status === 'missing' ? (
        <p className="error">{t('designLookups.status.missing')}</p>
      ) : (
        <p className={entry.status === 'unused' ? 'note' : 'success'}>
          {entry.status === 'attached' && entry.table
            ? t('designLookups.status.attached', {
                rows: number(entry.table.rows.length),
                columns: number(entry.table.columns.length),
              })
            : t('designLookups.status.unused')}
        </p>
      )}
      {entry.read.length > 0 ? (
        <p className="note">{t('designLookups.columnsRead', { columns: list(entry.read) })}</p>
      ) : null}
      {entry.table ? (
        <p className="note">{t('designLookups.columns', { columns: list(entry.table.columns) })}</p>
      ) : null}
      {entry.missingColumns.length > 0 ? (
        <p className="error">{t('designLookups.columnsMissing', { columns: list(entry.missingColumns) })}</p>
      ) : null}
    </div>
  );
}

/**
 * A real file input behind a visible label, so it is reached and opened with the keyboard and
 * named by screen readers; the chosen file is sent at once and the input cleared for the next.
 */
function CsvPicker({
  label,
  disabled,
  onFile,
}: {
  label: string;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <span className="csv-picker">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept={CSV_ACCEPT} disabled={disabled} onChange={onChange} />
    </span>
  );
}
