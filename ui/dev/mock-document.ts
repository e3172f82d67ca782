// Development only: the fake backend's answers for the strategy document
// (settings, a drawn page preview, exports and versions). The main mock
// (`mock.ts`) asks this module first; `undefined` means "not mine".
import { emit } from '@tauri-apps/api/event';
import type { DocSection, DocumentSettings, DocumentVersion, ExportOutcome, ExportRequest, PreviewPages } from '../src/lib/bindings';
import { doc } from './mock-data';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
let settings: DocumentSettings = {
  title: '',
  author: '',
  date: null,
  lang: 'en',
  hiddenSections: [],
  classification: 'internal',
  classificationLabel: '',
  readers: '',
  showScore: true,
  introduction: '',
  chapterTexts: [],
  summary: '',
  summaryBasis: '',
};
let revision = 0;
let versions: DocumentVersion[] = [];
const ALL: DocSection[] = ['summary', 'organization', 'audiences', 'objectives', 'channels', 'raci', 'internal', 'campaigns', 'recommendations', 'roadmap', 'health', 'changes'];

function pageCount(): number {
  return 2 + ALL.filter((s) => !settings.hiddenSections.includes(s)).length;
}

async function page(index: number, scale: number): Promise<ArrayBuffer> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(595 * scale);
  canvas.height = Math.round(842 * scale);
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 595, 842);
  g.fillStyle = '#146660';
  g.font = '600 22px sans-serif';
  const title = settings.title || (settings.lang === 'es' ? 'Estrategia de redes sociales y comunidad' : 'Social media and community strategy');
  g.fillText(index === 0 ? title : `${index}. ${ALL[index - 2] ?? 'Contents'}`, 56, 90);
  g.fillStyle = '#c5cfd1';
  for (let y = 130; y < 780; y += 18) g.fillRect(56, y, 483 - ((y * 7) % 90), 7);
  g.fillStyle = '#76878c';
  g.font = '10px sans-serif';
  g.fillText(`${index + 1}`, 290, 815);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return blob.arrayBuffer();
}

export function handleDocument(cmd: string, args: Record<string, unknown>): Promise<unknown> | undefined {
  switch (cmd) {
    case 'document_settings_get':
      return Promise.resolve(settings);
    case 'document_settings_save':
      settings = args.settings as DocumentSettings;
      return Promise.resolve(settings);
    case 'document_preview':
      return wait(250).then((): PreviewPages => ({ revision: ++revision, pageCount: args.versionId ? 9 : pageCount(), widthPt: 595, heightPt: 842, tookMs: 180 + (revision % 5) * 23 }));
    case 'document_page':
      return wait(60).then(() => page(args.index as number, args.scale as number));
    case 'document_versions':
      return Promise.resolve([...versions].reverse());
    case 'document_version_approve': {
      const version = versions.find((v) => v.id === args.id);
      if (!version) return Promise.reject({ code: 'not_found', message: 'No such version.', fields: [] });
      version.approval = (args.approval as DocumentVersion['approval']) ?? null;
      return Promise.resolve({ ...version });
    }
    case 'document_summary_draft': {
      const generated = `${doc.profile.name || 'The organization'} runs ${pageCount()} sections of strategy.\n\nIts objectives are reviewed every quarter.`;
      return Promise.resolve({ generated, stale: settings.summary !== '' && settings.summaryBasis !== generated });
    }
    case 'document_export_show':
      return Promise.resolve(null);
    case 'document_version_delete':
      versions = versions.filter((v) => v.id !== args.id);
      return Promise.resolve(null);
    case 'document_export':
      return (async (): Promise<ExportOutcome> => {
        const request = args.request as ExportRequest;
        for (const stage of ['prepare', 'layout', 'encode', 'save', 'done'] as const) {
          await emit('document-export-progress', stage);
          await wait(450);
        }
        let version: DocumentVersion | null = null;
        if (request.saveVersion && request.versionId === null) {
          const number = versions.length + 1;
          version = { id: number * 10, number, date: settings.date ?? new Date().toISOString().slice(0, 10), note: request.note.trim(), lang: settings.lang, savedAt: new Date().toISOString(), approval: null };
          versions.push(version);
        }
        const name = (doc.profile.name || 'strategy').toLowerCase().replace(/\W+/g, '-');
        return { path: `/home/lucia/Documents/${name}.${request.format}`, bytes: 1000, pageCount: pageCount(), version };
      })();
    default:
      return undefined;
  }
}
