import { evaluateCondition } from '@kolo/schema';
import type { UseFormReturn } from 'react-hook-form';
import { conditionHolds, type FormModel } from './model.ts';
import { type FormValues, normalizeAnswers } from './normalize.ts';

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
    evaluateCondition(section.showIf, answers) ? [index] : [],
  );
}

/** Form fields of a section's shown questions, in order: what "Next" checks. */
export function sectionFields(model: FormModel, sectionIndex: number, values: FormValues): string[] {
  const answers = normalizeAnswers(model.definition, values);
  return (model.sections[sectionIndex] ?? [])
    .filter((item) => evaluateCondition(item.condition, answers))
    .flatMap((item) => item.fields);
}

/** The first field with an error among `fields`, in survey order; every field when none is given. */
export function firstInvalid(
  model: FormModel,
  form: UseFormReturn<FormValues>,
  fields: readonly string[] = model.items.flatMap((item) => item.fields),
): string | undefined {
  return fields.find((field) => typeof form.getFieldState(field).error?.type === 'string');
}
