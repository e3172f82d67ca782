// The strategy document's fixed lists (sections, formats, export stages) and
// the preview's pixel density.
import type { ChapterText, Classification, DocFormat, DocSection, ExportStage, Lang } from '../../bindings';

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

/** Every section that can be left out, in the document's order. */
export const DOC_SECTIONS = [
  'summary',
  'introduction',
  'organization',
  'audiences',
  'objectives',
  'channels',
  'accounts',
  'procedure',
  'editorial',
  'service_levels',
  'raci',
  'internal',
  'staffing',
  'campaigns',
  'conduct',
  'crisis',
  'policies',
  'recommendations',
  'roadmap',
  'health',
  'changes',
  'annexes',
  'request_form',
  'versions',
] as const satisfies readonly DocSection[];

/** The chapters that may take a text of the CM's own (the summary and the
 *  introduction have fields of their own). */
export const CHAPTER_SECTIONS = DOC_SECTIONS.filter(
  (s): s is Exclude<DocSection, 'summary' | 'introduction'> => s !== 'summary' && s !== 'introduction',
);

export const CLASSIFICATIONS = ['none', 'public', 'internal', 'confidential', 'custom'] as const satisfies readonly Classification[];

export const DOC_FORMATS = ['pdf', 'html', 'md', 'docx'] as const satisfies readonly DocFormat[];

export const EXPORT_STAGES = ['prepare', 'layout', 'encode', 'save', 'done'] as const satisfies readonly ExportStage[];

export const DOC_LANGS = ['en', 'es'] as const satisfies readonly Lang[];

const complete: [
  Complete<DocSection, (typeof DOC_SECTIONS)[number]>,
  Complete<DocFormat, (typeof DOC_FORMATS)[number]>,
  Complete<ExportStage, (typeof EXPORT_STAGES)[number]>,
  Complete<Lang, (typeof DOC_LANGS)[number]>,
  Complete<Classification, (typeof CLASSIFICATIONS)[number]>,
] = [true, true, true, true, true];
void complete;

/** The longest note a saved version takes (Rust checks it too). */
export const MAX_VERSION_NOTE = 480;

/** Hidden sections in the document's order, without repeats. */
export function orderedSections(sections: Iterable<DocSection>): DocSection[] {
  const set = new Set(sections);
  return DOC_SECTIONS.filter((s) => set.has(s));
}

/** Pixels per point for the preview's page images: about 1.5 per CSS pixel
 *  of a page shown at its width, sharper on dense screens, within [1, 3]. */
export function pageScale(devicePixelRatio: number | undefined): number {
  const ratio = devicePixelRatio && Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  return Math.min(3, Math.max(1, Math.round(1.5 * ratio * 100) / 100));
}

/** How far an export has got, 0–1. */
export function stageShare(stage: ExportStage | null): number {
  if (!stage) return 0;
  return (EXPORT_STAGES.indexOf(stage) + 1) / EXPORT_STAGES.length;
}

/** The settings form as the window edits it. */
export interface DocForm {
  title: string;
  author: string;
  /** "YYYY-MM-DD", or empty for the day of export. */
  date: string;
  lang: Lang;
  hidden: DocSection[];
  classification: Classification;
  classificationLabel: string;
  readers: string;
  showScore: boolean;
  introduction: string;
  /** The CM's text for each chapter that has one. */
  chapters: Partial<Record<DocSection, string>>;
  summary: string;
  summaryBasis: string;
}

/** The chapters' texts as the settings keep them: in the document's order,
 *  only those with something written. */
export function chapterTexts(chapters: Partial<Record<DocSection, string>>): ChapterText[] {
  return CHAPTER_SECTIONS.flatMap((section) => {
    const text = chapters[section] ?? '';
    return text.trim() === '' ? [] : [{ section, text }];
  });
}
