// Typed wrappers for the guided start: the organization templates and the
// interview (its questions, its answers saved as they are given, the draft
// strategy it proposes and its acceptance). Components import these, so
// tests can replace this module with `vi.mock`.
import { call } from './api';
import type { Draft, InterviewAnswers, InterviewQuestion, Library, OrgKind, TemplateInfo } from './bindings';

/** The organization templates a new workspace can start from. */
export const templatesList = (): Promise<TemplateInfo[]> => call('templates_list');
/** The answers saved in the open workspace; null when the interview was never begun there. */
export const interviewGet = (): Promise<InterviewAnswers | null> => call('interview_get');
/** Answers to begin with on a workspace that never had an interview: what it holds. */
export const interviewBegin = (): Promise<InterviewAnswers> => call('interview_begin');
/** Saves the answers as given (trimmed and checked); they are not the strategy. */
export const interviewSave = (answers: InterviewAnswers): Promise<InterviewAnswers> => call('interview_save', { answers });
export const interviewQuestions = (kind: OrgKind): Promise<InterviewQuestion[]> => call('interview_questions', { kind });
/** The draft strategy the answers propose, before anything is written. */
export const interviewDraft = (answers: InterviewAnswers): Promise<Draft> => call('interview_draft', { answers });
/** Writes the draft as kept, with the interview marked done, in one transaction. */
export const interviewAccept = (answers: InterviewAnswers, draft: Draft): Promise<void> =>
  call('interview_accept', { answers, draft });
/** What an empty list offers to start from, for the workspace's kind of organization. */
export const startLibrary = (): Promise<Library> => call('start_library');
