import { resolveText } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './builder-context.tsx';
import { ChoiceLists } from './choice-lists.tsx';
import { SectionEditor } from './section-editor.tsx';
import { SortableList } from './sortable-list.tsx';
import { TextField } from './text-field.tsx';

/** The survey's title and description, its sections with their questions, and its shared choice lists. */
export function StructurePanel() {
  const { t } = useTranslation();
  const { state, dispatch, locale, reveal } = useBuilder();
  const sectionName = (key: string) => {
    const section = state.sections.find((s) => s.key === key)?.section;
    return section ? resolveText(section.title, locale) || section.id : key;
  };
  return (
    <div className="structure">
      <div className="panel">
        <TextField
          label={t('design.survey.title')}
          text={state.meta.title}
          locale={locale}
          onChange={(title) => dispatch({ type: 'setMeta', patch: { title: title ?? {} } })}
        />
        <TextField
          label={t('design.survey.description')}
          text={state.meta.description}
          locale={locale}
          optional
          multiline
          onChange={(description) => {
            const { description: _old, ...meta } = state.meta;
            dispatch({ type: 'setMeta', patch: description ? { ...meta, description } : meta });
          }}
        />
      </div>
      <h2>{t('design.section.list')}</h2>
      {state.sections.length === 0 ? <p className="note">{t('design.section.none')}</p> : null}
      <SortableList
        ids={state.sections.map((s) => s.key)}
        nameOf={sectionName}
        onMove={(key, to) => dispatch({ type: 'moveSection', key, to })}
      >
        <ol className="section-list">
          {state.sections.map((section, index) => (
            <SectionEditor key={section.key} draft={section} index={index} count={state.sections.length} />
          ))}
        </ol>
      </SortableList>
      <button
        type="button"
        onClick={() => {
          const added = `k${state.nextKey}`;
          const n = state.sections.length + 1;
          dispatch({
            type: 'addSection',
            id: `section_${n}`,
            title: { [locale]: t('design.section.newTitle', { n }) },
          });
          reveal(added);
        }}
      >
        {t('design.section.add')}
      </button>
      <ChoiceLists />
    </div>
  );
}
