import { lintSurvey, parseSurvey, resolveText, type SurveyDefinition } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field } from '../layout/field.tsx';
import { BuilderProvider, editorId } from './builder-context.tsx';
import { BuilderTabs, type Tab } from './builder-tabs.tsx';
import { ownerKey } from './describe-path.ts';
import {
  type DraftCheck,
  downloadXlsForm,
  loadDraft,
  publishDraft,
  type StoredDraft,
  saveDraft,
} from './design-api.ts';
import { definitionOf, draftFromDefinition, draftReducer } from './draft-state.ts';
import { IndicatorEditor } from './indicator-editor.tsx';
import { languageName } from './languages.ts';
import { useLeaveGuard } from './leave-guard.ts';
import { LookupTablesPanel } from './lookup-tables.tsx';
import { PreviewPane } from './preview-pane.tsx';
import { ProblemsList } from './problems-list.tsx';
import { PublishDialog } from './publish-dialog.tsx';
import { StructurePanel } from './structure-panel.tsx';
import { TranslationTable, translationCellId } from './translation-table.tsx';
import { VersionHistory } from './version-history.tsx';

/** Open the builder on a survey's draft (or its latest version when it has no draft). */
export function BuilderPage() {
  const { t } = useTranslation();
  const { surveyId = '' } = useParams();
  const { data, isLoading, isError } = useQuery({
    queryKey: ['survey-draft', surveyId],
    queryFn: () => loadDraft(surveyId),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  if (isLoading)
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  if (isError || !data)
    return (
      <main id="main" className="page">
        <p className="error">{t('design.loadFailed')}</p>
        <Link to="/design">{t('design.backToList')}</Link>
      </main>
    );
  return <Builder key={surveyId} stored={data} />;
}

function Builder({ stored }: { stored: StoredDraft }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(draftReducer, stored.definition, draftFromDefinition);
  const [locale, setLocale] = useState(() => state.meta.locales[0] ?? 'en');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('structure');
  const [server, setServer] = useState<{ json: string; check: DraftCheck }>({
    json: state.savedJson,
    check: stored,
  });
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [basedOn, setBasedOn] = useState(stored.basedOn);

  const definition = useMemo(() => definitionOf(state), [state]);
  const json = useMemo(() => JSON.stringify(definition), [definition]);
  const dirty = json !== state.savedJson;
  const checked = useDeferredValue(definition);
  const local = useMemo(() => {
    const result = parseSurvey(checked);
    return result.success
      ? { errors: [], warnings: lintSurvey(result.survey), valid: result.survey }
      : { errors: result.errors, warnings: [], valid: undefined };
  }, [checked]);
  // the API's answer is authoritative for what it saw; the local check covers edits since
  const problems = server.json === json ? server.check : local;
  const id = state.meta.id;
  const surveyLocales = state.meta.locales;
  const editLocale = surveyLocales.includes(locale) ? locale : (surveyLocales[0] ?? 'en');

  useLeaveGuard(dirty, t('design.leaveConfirm'));

  const toggle = useCallback(
    (key: string) =>
      setOpen((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const reveal = useCallback((key: string) => {
    setTab('structure');
    setOpen((current) => new Set(current).add(key));
    setFocusKey(key);
  }, []);
  useEffect(() => {
    if (!focusKey || tab !== 'structure') return;
    const editor = document.getElementById(editorId(focusKey));
    editor?.scrollIntoView({ block: 'start' });
    editor?.querySelector<HTMLElement>('.item-body input, .item-body textarea, .item-body select')?.focus();
    setFocusKey(null);
  }, [focusKey, tab]);

  const showProblem = (path: string, code: string) => {
    if (code === 'missing_translation') {
      setTab('translations');
      setTimeout(() => {
        const cells = surveyLocales.map(
          (l) => document.getElementById(translationCellId(path, l)) as HTMLTextAreaElement | null,
        );
        (cells.find((c) => c && !c.value.trim()) ?? cells[0])?.focus();
      }, 0);
      return;
    }
    const key = ownerKey(state, path);
    if (key) return reveal(key);
    if (path.startsWith('indicators')) {
      setTab('indicators');
      const index = /^indicators\[(\d+)\]/.exec(path)?.[1];
      setTimeout(() => document.querySelector<HTMLElement>(`#indicator-${index} input`)?.focus(), 0);
      return;
    }
    setTab('structure');
    setTimeout(() => {
      const target = path.startsWith('choiceLists')
        ? '#choice-lists summary'
        : '.structure input, .structure textarea';
      document.querySelector<HTMLElement>(target)?.focus();
    }, 0);
  };

  const save = async (): Promise<boolean> => {
    setSaving(true);
    setMessage(null);
    try {
      const check = await saveDraft(definition);
      dispatch({ type: 'saved', json });
      setServer({ json, check });
      setMessage({ kind: 'success', text: t('design.saved') });
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
      return true;
    } catch {
      setMessage({ kind: 'error', text: t('design.saveFailed') });
      return false;
    } finally {
      setSaving(false);
    }
  };

  const publish = async (note: string) => {
    if (dirty && !(await save())) throw new Error('not saved');
    const result = await publishDraft(id, note);
    setBasedOn(result.version);
    void queryClient.invalidateQueries({ queryKey: ['survey-versions', id] });
    void queryClient.invalidateQueries({ queryKey: ['surveys'] });
    return result;
  };

  const lookupsChanged = (lookups: SurveyDefinition['lookups'], check: DraftCheck) => {
    dispatch({ type: 'lookupsSaved', lookups });
    // the server checked the draft as saved with its new tables: that is what the builder holds now
    setServer({
      json: JSON.stringify(definitionOf(draftReducer(state, { type: 'lookupsSaved', lookups }))),
      check,
    });
  };

  const download = async () => {
    if (dirty && !(await save())) return;
    try {
      await downloadXlsForm(id, { draft: true });
    } catch {
      setMessage({ kind: 'error', text: t('design.downloadFailed') });
    }
  };

  const blocked = problems.errors.length > 0;
  const title = resolveText(state.meta.title, i18n.language) || id;
  return (
    <BuilderProvider
      state={state}
      dispatch={dispatch}
      locale={editLocale}
      reveal={reveal}
      open={open}
      toggle={toggle}
    >
      <main id="main" className="page builder-page">
        <Link to="/design" className="back-link">
          ← {t('design.backToList')}
        </Link>
        <div className="builder-head">
          <div>
            <h1>{title}</h1>
            <p className="note">
              <code>{id}</code> ·{' '}
              {basedOn ? t('design.basedOn', { version: basedOn }) : t('design.neverPublished')}
            </p>
          </div>
          <div className="builder-actions">
            <p className={dirty ? 'save-state dirty' : 'save-state'} role="status">
              {dirty ? t('design.unsaved') : t('design.allSaved')}
            </p>
            <button
              type="button"
              className="primary"
              disabled={saving || !dirty}
              onClick={() => void save()}
              aria-busy={saving || undefined}
            >
              {saving ? t('design.saving') : t('design.save')}
            </button>
            <button
              type="button"
              disabled={blocked}
              aria-describedby={blocked ? 'publish-blocked' : undefined}
              onClick={() => setPublishing(true)}
            >
              {t('design.publish.open')}
            </button>
            {/* a draft with errors downloads too, its problems listed in the workbook, to fix in Excel */}
            <button type="button" onClick={() => void download()}>
              {t('design.downloadXlsForm')}
            </button>
            {blocked ? (
              <p id="publish-blocked" className="note">
                {t('design.publishBlocked', { n: problems.errors.length })}
              </p>
            ) : null}
          </div>
        </div>
        {message ? (
          <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
        <div className="builder-grid">
          <div className="builder-main">
            <div className="builder-toolbar">
              <BuilderTabs tab={tab} onChange={setTab} />
              {tab === 'structure' || tab === 'indicators' ? (
                <Field label={t('design.editLanguage')} compact>
                  {(fieldId) => (
                    <select id={fieldId} value={editLocale} onChange={(e) => setLocale(e.target.value)}>
                      {surveyLocales.map((l) => (
                        <option key={l} value={l}>
                          {languageName(l)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : null}
            </div>
            <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
              {tab === 'structure' ? <StructurePanel /> : null}
              {tab === 'translations' ? <TranslationTable /> : null}
              {tab === 'indicators' ? <IndicatorEditor /> : null}
              {tab === 'lookups' ? (
                <LookupTablesPanel
                  surveyId={id}
                  definition={definition}
                  ensureSaved={async () => !dirty || (await save())}
                  onChanged={lookupsChanged}
                />
              ) : null}
              {tab === 'history' ? <VersionHistory surveyId={id} /> : null}
            </div>
          </div>
          <aside className="builder-side" aria-label={t('design.sidePanel')}>
            <ProblemsList errors={problems.errors} warnings={problems.warnings} onShow={showProblem} />
            <PreviewPane valid={local.valid} hasErrors={local.errors.length > 0} />
          </aside>
        </div>
        <PublishDialog open={publishing} onClose={() => setPublishing(false)} onPublish={publish} />
      </main>
    </BuilderProvider>
  );
}
