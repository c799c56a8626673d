import { useTranslation } from 'react-i18next';
import type { ImportNote } from './design-api.ts';
import { MachineMessage } from './machine-message.tsx';
import { importNoteText } from './machine-messages.ts';

/** What an XLSForm import could not convert or converted with a caveat, by sheet, row and column. */
export function ImportReport({ notes }: { notes: readonly ImportNote[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-report-title" className="import-report">
      <h3 id="import-report-title">{t('design.report.title')}</h3>
      {notes.length === 0 ? (
        <p className="success">{t('design.report.clean')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('design.report.severity')}</th>
                <th scope="col">{t('design.report.sheet')}</th>
                <th scope="col">{t('design.report.row')}</th>
                <th scope="col">{t('design.report.column')}</th>
                <th scope="col">{t('design.report.message')}</th>
              </tr>
            </thead>
            <tbody>
              {notes.map((note, index) => (
                <tr key={index} className={note.severity === 'error' ? 'problem error' : 'problem warning'}>
                  <td>
                    {t(note.severity === 'error' ? 'design.problems.error' : 'design.problems.warning')}
                  </td>
                  <td>{note.sheet || '—'}</td>
                  <td>{note.row ?? '—'}</td>
                  <td>{note.column ?? '—'}</td>
                  <td>
                    <MachineMessage message={importNoteText(t, note)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
