// The four questions asked before an account opens, as the account editor
// holds their answers (`answerObjectives` …), in Rust's order.
import type { Answers } from '../../bindings';

export const ANSWERS = ['objectives', 'audience', 'resources', 'content'] as const satisfies readonly (keyof Answers)[];
export type Answer = (typeof ANSWERS)[number];

type AnswerField = `answer${Capitalize<Answer>}`;

/** The form field that holds an answer ("audience" → "answerAudience"). */
export function answerField(answer: Answer): AnswerField {
  return `answer${answer.charAt(0).toUpperCase()}${answer.slice(1)}` as AnswerField;
}

/** Whether all four are answered (an account may then be set active). */
export function gateOpen(form: Record<AnswerField, string>): boolean {
  return ANSWERS.every((a) => form[answerField(a)].trim() !== '');
}
