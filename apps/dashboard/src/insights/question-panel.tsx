import { QuestionChart, type QuestionResult, resultsToCsv } from '@kolo/charts';
import { type Item, resolveText, type SurveyDefinition } from '@kolo/schema';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RaiseFindingForQuestion } from '../accountability/insights-entry.tsx';
import { downloadBlob, downloadText, mainSvg, svgToPng } from './chart-export.ts';

export interface QuestionPanelProps {
  definition: SurveyDefinition;
  item: Item;
  result: QuestionResult;
  locale: string;
  k: number;
}

/** One question's chart with its exports: the chart as PNG and its (suppressed) data as CSV. */
export function QuestionPanel({ definition, item, result, locale, k }: QuestionPanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const label = resolveText(item.label, locale);
  const exportPng = async () => {
    const svg = ref.current ? mainSvg(ref.current) : undefined;
    if (svg) downloadBlob(await svgToPng(svg, label), `${definition.id}-${item.id}.png`);
  };
  return (
    <div className="question-panel" ref={ref}>
      <QuestionChart definition={definition} item={item} result={result} locale={locale} k={k} />
      <div className="chart-exports no-print">
        <button
          type="button"
          className="small"
          onClick={() =>
            downloadText(
              resultsToCsv(definition, item, result, locale, { k }),
              `${definition.id}-${item.id}.csv`,
            )
          }
          aria-label={`${t('insights.exportCsv')}: ${label}`}
        >
          {t('insights.exportCsv')}
        </button>
        <button
          type="button"
          className="small"
          onClick={() => void exportPng()}
          aria-label={`${t('insights.exportPng')}: ${label}`}
        >
          {t('insights.exportPng')}
        </button>
        <RaiseFindingForQuestion item={item} result={result} k={k} locale={locale} />
      </div>
    </div>
  );
}
