import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import { ScorecardLegend, ScorecardTable } from './scorecard-table.tsx';

/**
 * The scorecard behind a share link (GET /api/public/{token}/scorecard: rounded figures, the
 * link's own filters), for the share page of a link made with "show the scorecard". Renders
 * nothing when the link does not show it (403/404).
 */
export function PublicScorecard({ token }: { token: string }) {
  const { t } = useTranslation();
  const card = useQuery({
    queryKey: ['share', token, 'scorecard'],
    queryFn: () =>
      answer(
        kolo.api.public[':token'].scorecard.$get({ param: { token: encodeURIComponent(token) }, query: {} }),
      ),
    retry: false,
    staleTime: 60_000,
  });
  if (card.isLoading) return <p role="status">{t('app.loading')}</p>;
  if (card.error) {
    const status = card.error instanceof ApiRequestError ? card.error.status : 0;
    return status === 404 || status === 403 ? null : (
      <p role="alert" className="error">
        {t('scorecard.failed')}
      </p>
    );
  }
  if (!card.data) return null;
  return (
    <section aria-labelledby="share-scorecard-title" className="stack">
      <h2 id="share-scorecard-title">{t('scorecard.title')}</h2>
      <p className="note">{t('scorecard.intro')}</p>
      <ScorecardLegend card={card.data} />
      <ScorecardTable card={card.data} />
    </section>
  );
}
