import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const TABS = ['structure', 'translations', 'indicators', 'lookups', 'history'] as const;
export type Tab = (typeof TABS)[number];

/** The builder's views as an ARIA tab list: arrows, Home and End move between tabs. */
export function BuilderTabs({ tab, onChange }: { tab: Tab; onChange: (tab: Tab) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length] ?? tab;
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('design.tabs.label')} className="builder-tabs" onKeyDown={onKeyDown}>
      {TABS.map((name) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[name] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {name === 'lookups' ? t('designLookups.tab') : t(`design.tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
