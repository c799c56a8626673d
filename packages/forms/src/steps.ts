import { evaluateCondition, instanceAnswers } from '@kolo/schema/forms';
import type { UseFormReturn } from 'react-hook-form';
import { conditionHolds, type FormModel, surveyContext } from './model.ts';
import { type FormValues, fieldPath, instanceValues, normalizeAnswers } from './normalize.ts';

/** Indexes of the sections shown for the watched section-condition fields' values. */
export function visibleSections(model: FormModel, values: readonly unknown[]): number[] {
  return model.definition.sections.flatMap((section, index) =>
    conditionHolds(model, section.showIf, model.sectionWatches, values) ? [index] : [],
  );
}

/** Indexes of the sections shown for the whole form's values. */
export function visibleSectionsOf(model: FormModel, values: FormValues): number[] {
  const answers = normalizeAnswers(model.definition, values);
  return model.definition.sections.flatMap((section, index) =>
    evaluateCondition(section.showIf, answers, undefined, surveyContext(model)) ? [index] : [],
  );
}

/**
 * Form fields of a section's shown questions, in order: what "Next" checks. For a repeat section,
 * the section itself (its number of instances) and each instance's fields (`partners.1.partner_age`).
 */
export function sectionFields(model: FormModel, sectionIndex: number, values: FormValues): string[] {
  const answers = normalizeAnswers(model.definition, values);
  const section = model.definition.sections[sectionIndex];
  const items = model.sections[sectionIndex] ?? [];
  if (!section?.repeat)
    return items
      .filter((item) => evaluateCondition(item.condition, answers, undefined, surveyContext(model)))
      .flatMap((item) => item.fields);
  const records = Array.isArray(answers[section.id])
    ? (answers[section.id] as Record<string, unknown>[])
    : [];
  const fields = [section.id];
  instanceValues(values, section.id).forEach((_, index) => {
    const view = instanceAnswers(answers, section, records[index] ?? {});
    const context = { ...surveyContext(model), position: index + 1 };
    for (const item of items)
      if (evaluateCondition(item.condition, view, undefined, context))
        fields.push(...item.fields.map((field) => fieldPath({ section: section.id, index }, field)));
  });
  return fields;
}

/** Every form field of the shown sections, in survey order: what "Submit" looks through for an error. */
export function formFields(model: FormModel, values: FormValues): string[] {
  return visibleSectionsOf(model, values).flatMap((index) => sectionFields(model, index, values));
}

/** The index of the section a form field belongs to (`partners.1.partner_age` to the repeat's). */
export function sectionOfField(model: FormModel, field: string): number | undefined {
  const first = field.split('.')[0] ?? field;
  if (model.repeats.get(first) === first)
    return model.definition.sections.findIndex((section) => section.id === first);
  return model.items.find((item) => item.fields.includes(field))?.entry.sectionIndex;
}

/** The first field with an error among `fields`, in survey order; every field when none is given. */
export function firstInvalid(
  model: FormModel,
  form: UseFormReturn<FormValues>,
  fields: readonly string[] = model.items.flatMap((item) => item.fields),
): string | undefined {
  return fields.find((field) => {
    const error = form.getFieldState(field).error as { type?: unknown } | undefined;
    return typeof error?.type === 'string';
  });
}
