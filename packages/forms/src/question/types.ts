import type { Item, SurveyDefinition } from '@kolo/schema/forms';
import type { UseFormReturn } from 'react-hook-form';
import type { FormMessages } from '../messages/index.ts';
import type { FormValues, InstancePlace } from '../normalize.ts';

/** Element ids of one question, derived from the form's prefix and the item id. */
export interface QuestionIds {
  readonly root: string;
  readonly label: string;
  readonly hint: string;
  readonly error: string;
  readonly input: string;
}

/** What every widget receives from its question. */
export interface WidgetProps<TItem extends Item = Item> {
  readonly definition: SurveyDefinition;
  readonly item: TItem;
  /** The form field of the item's answer: its id, or inside a repeat instance `partners.1.partner_age`. */
  readonly name: string;
  /** The repeat instance the question is asked in, if any. */
  readonly place?: InstancePlace | undefined;
  readonly form: UseFormReturn<FormValues>;
  readonly locale: string;
  readonly messages: FormMessages;
  readonly ids: QuestionIds;
  /** The localized error of one of the question's fields, if it has one. */
  readonly errorOf: (field: string) => string | undefined;
}
