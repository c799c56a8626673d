import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client.ts';
import { ChangeSummaryView } from './change-summary.tsx';
import type { PublishResult } from './design-api.ts';

/**
 * Publish the draft as a new immutable version, with a note for the change summary; shows the
 * items added, removed and changed once published.
 */
export function PublishDialog({
  open,
  onClose,
  onPublish,
}: {
  open: boolean;
  onClose: () => void;
  /** Saves what is unsaved, then publishes. */
  onPublish: (note: string) => Promise<PublishResult>;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState('');
  const [result, setResult] = useState<PublishResult | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setResult(null);
      setFailed('');
      dialog.showModal?.();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const publish = async () => {
    setBusy(true);
    setFailed('');
    try {
      setResult(await onPublish(note));
      setNote('');
    } catch (error) {
      const count =
        (error instanceof ApiRequestError && (error.body as { errors?: unknown[] })?.errors?.length) || 0;
      setFailed(count > 0 ? t('design.publish.refused', { n: count }) : t('design.publish.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="publish-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>
        {result ? t('design.publish.done', { version: result.version }) : t('design.publish.title')}
      </h2>
      {result ? (
        <>
          <ChangeSummaryView changes={result.changes} />
          <div className="actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('design.publish.close')}
            </button>
          </div>
        </>
      ) : (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            void publish();
          }}
        >
          <p className="note">{t('design.publish.intro')}</p>
          <div className="field">
            <label htmlFor={noteId}>{t('design.publish.note')}</label>
            <textarea
              id={noteId}
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          {failed ? (
            <p className="error" role="alert">
              {failed}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('design.publish.publishing') : t('design.publish.confirm')}
            </button>
            <button type="button" onClick={onClose}>
              {t('design.publish.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
