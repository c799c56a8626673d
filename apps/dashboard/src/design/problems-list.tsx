import type { SurveyError, SurveyWarning } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './builder-context.tsx';
import { describePath } from './describe-path.ts';
import { MachineMessage } from './machine-message.tsx';
import { problemText } from './machine-messages.ts';

/**
 * Errors (which block publishing) and lint warnings (which do not), each a button that opens
 * the editor of the item it is about.
 */
export function ProblemsList({
  errors,
  warnings,
  onShow,
}: {
  errors: readonly SurveyError[];
  warnings: readonly SurveyWarning[];
  /** Show the editor for a problem's path. */
  onShow: (path: string, code: string) => void;
}) {
  const { t } = useTranslation();
  const { definition } = useBuilder();
  const entry = (problem: SurveyError | SurveyWarning, index: number, kind: 'error' | 'warning') => (
    <li key={`${kind}-${index}`} className={`problem ${kind}`}>
      <button type="button" className="link" onClick={() => onShow(problem.path, problem.code)}>
        <span className="problem-kind">
          {t(kind === 'error' ? 'design.problems.error' : 'design.problems.warning')}
        </span>{' '}
        <span className="problem-where">{describePath(definition, problem.path, t)}</span>
      </button>
      <MachineMessage message={problemText(t, problem)} />
    </li>
  );
  return (
    <section className="problems panel" aria-labelledby="problems-title" id="problems">
      <h2 id="problems-title">{t('design.problems.title')}</h2>
      <p role="status" className={errors.length > 0 ? 'error' : 'success'}>
        {errors.length === 0 && warnings.length === 0
          ? t('design.problems.none')
          : t('design.problems.summary', { errors: errors.length, warnings: warnings.length })}
      </p>
      {errors.length > 0 || warnings.length > 0 ? (
        <ul className="problem-list">
          {errors.map((e, i) => entry(e, i, 'error'))}
          {warnings.map((w, i) => entry(w, i, 'warning'))}
        </ul>
      ) : null}
    </section>
  );
}
