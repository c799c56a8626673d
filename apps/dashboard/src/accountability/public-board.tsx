import './setup.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';

import { SharedFindings } from './shared-findings.tsx';
import { SummarySection } from './summary-section.tsx';

/**
 * A share link's public accountability board (GET /api/public/{token}/accountability): the
 * figures, banded with small counts withheld, and only the findings staff published, without any
 * free text. For the share page: `<PublicAccountabilityBoard token={token} />`; renders nothing
 * when the link has no board (the API answers 404).
 */
export function PublicAccountabilityBoard({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const board = useQuery({
    queryKey: ['accountability', 'board', token],
    queryFn: () => answer(kolo.api.public[':token'].accountability.$get({ param: { token } })),
    retry: false,
    staleTime: 60_000,
  });
  if (board.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (board.error) {
    const status = (board.error as { status?: number }).status;
    return status === 404 || status === 403 ? null : (
      <p role="alert">{t('accountability.board.loadFailed')}</p>
    );
  }
  if (!board.data) return null;
  const { board: summary } = board.data;
  return (
    <section aria-labelledby="acc-board-title" className="acc-board">
      <h2 id="acc-board-title">{t('accountability.board.title')}</h2>
      <p className="note">{t('accountability.board.intro')}</p>
      <SummarySection summary={summary} locale={i18n.language} />
      <SharedFindings
        findings={summary.shared}
        locale={i18n.language}
        empty={t('accountability.board.noFindings')}
      />
    </section>
  );
}
