import type { Section, SurveyDefinition } from './definition.ts';
import type { ExpressionNode } from './expression/ast.ts';
import { formatExpressionError } from './expression/ast.ts';
import { AGGREGATE_FUNCTIONS } from './expression/evaluate.ts';
import type { SurveyError } from './survey-errors.ts';
import { repeatLayout } from './walk.ts';

/** A `${name}` with how it is read: plainly, over instances (an aggregate's argument), or as a section. */
interface RepeatUse {
  readonly name: string;
  readonly column: number;
  /** Read over a repeat's instances: an argument of sum(), count(), ... or indexed-repeat(). */
  readonly aggregated: boolean;
  /** Where a repeat section's own name may stand: count() and indexed-repeat()'s second argument. */
  readonly sectionAllowed: boolean;
}

function usesOf(node: ExpressionNode): { refs: RepeatUse[]; positions: number[] } {
  const refs: RepeatUse[] = [];
  const positions: number[] = [];
  const visit = (n: ExpressionNode, aggregated: boolean, sectionAllowed: boolean): void => {
    switch (n.type) {
      case 'ref':
        refs.push({ name: n.name, column: n.column, aggregated, sectionAllowed });
        return;
      case 'negate':
        visit(n.operand, false, false);
        return;
      case 'binary':
        visit(n.left, false, false);
        visit(n.right, false, false);
        return;
      case 'call':
        if (n.name === 'position') positions.push(n.column);
        n.args.forEach((arg, i) => {
          if (n.name === 'indexed-repeat') visit(arg, i === 0, i === 1);
          else if (AGGREGATE_FUNCTIONS.has(n.name)) visit(arg, true, n.name === 'count');
          else visit(arg, false, false);
        });
        return;
      default:
        return;
    }
  };
  visit(node, false, false);
  return { refs, positions };
}

/** Whether a name is a repeat section's (the key of its list of instances), not an item's. */
export function isRepeatName(definition: SurveyDefinition, name: string): boolean {
  return repeatLayout(definition).get(name) === name;
}

/**
 * The repeat rules of XLSForm for one expression evaluated in `context` (the repeat section it
 * sits in, or undefined outside any): an item of another repeat is read only through an aggregate
 * or indexed-repeat(), a repeat section's name only in count() or indexed-repeat(), and
 * position(..) only inside a repeat. Errors are located at `at` with the column.
 */
export function checkRepeatUse(
  definition: SurveyDefinition,
  node: ExpressionNode,
  at: string,
  context: Section | undefined,
): SurveyError[] {
  const layout = repeatLayout(definition);
  const inside = context?.repeat ? context.id : undefined;
  const errors: SurveyError[] = [];
  const fail = (column: number, message: string) =>
    errors.push({
      path: at,
      code: 'invalid_expression',
      message: formatExpressionError({ column, message }),
    });
  const { refs, positions } = usesOf(node);
  for (const ref of refs) {
    const section = layout.get(ref.name);
    if (section === undefined) continue;
    if (section === ref.name) {
      if (!ref.sectionAllowed)
        fail(
          ref.column,
          `"${ref.name}" is a repeat section, not a question: count its instances with count(\${${ref.name}})`,
        );
    } else if (section !== inside && !ref.aggregated) {
      fail(ref.column, outsideMessage(ref.name, section));
    }
  }
  if (!inside)
    for (const column of positions)
      fail(column, 'position(..) is only for questions inside a repeat section');
  return errors;
}

/** Why a repeat item cannot be read plainly from outside its repeat. */
export function outsideMessage(name: string, section: string): string {
  return `"${name}" is answered once per instance of the repeat "${section}": read it from outside with sum(), count(), min(), max(), join() or indexed-repeat()`;
}

/** The repeat rule for a name read plainly (a comparison, a `${}` in a label) in `context`. */
export function checkPlainRepeatRead(
  definition: SurveyDefinition,
  name: string,
  context: Section | undefined,
): string | undefined {
  const section = repeatLayout(definition).get(name);
  if (section === undefined || section === name) return undefined;
  return section === (context?.repeat ? context.id : undefined) ? undefined : outsideMessage(name, section);
}
