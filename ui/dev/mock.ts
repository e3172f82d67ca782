// Development only (never part of the build): a fake backend with the sample
// workspace, so the UI can be seen and screenshotted in a plain browser.
// Query flags: ?lang=en|es  &theme=light|dark|system  &ws=sample|empty|none
//              &error=1 (a failed open)  &recent=0 (no recent files)
import { emit } from '@tauri-apps/api/event';
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  ApiError,
  AppSnapshot,
  Channel,
  ChannelInput,
  FieldError,
  Lang,
  LanguagePref,
  Profile,
  ThemePref,
} from '../src/lib/bindings';

const query = new URLSearchParams(location.search);
const pick = (lang: Lang, en: string, es: string): string => (lang === 'es' ? es : en);

let language: LanguagePref = (query.get('lang') as LanguagePref | null) ?? 'system';
let theme: ThemePref = (query.get('theme') as ThemePref | null) ?? 'system';
const resolved = (): Lang => (language === 'system' ? (navigator.language.startsWith('es') ? 'es' : 'en') : language);

function sampleProfile(lang: Lang): Profile {
  return {
    name: pick(lang, 'Valdoria Regional Employment Agency', 'Agencia Regional de Empleo de Valdoria'),
    sector: pick(lang, 'Public administration — employment services', 'Administración pública — servicios de empleo'),
    mission: pick(
      lang,
      'Help every person in Valdoria find decent work, and every local employer find the people it needs, through free guidance, training and job matching in our 14 offices and online.',
      'Ayudar a cada persona de Valdoria a encontrar un empleo digno, y a cada empleador local a encontrar a las personas que necesita, con orientación, formación e intermediación gratuitas en nuestras 14 oficinas y en línea.',
    ),
    culture: pick(
      lang,
      'A public service that listens before it answers. Caseworkers know their towns by name; we share what works between offices and we admit what does not.',
      'Un servicio público que escucha antes de responder. El personal orientador conoce sus pueblos por su nombre; compartimos entre oficinas lo que funciona y reconocemos lo que no.',
    ),
    values: pick(
      lang,
      'Closeness · Equal opportunity · Plain language · Accountability to citizens',
      'Cercanía · Igualdad de oportunidades · Lenguaje claro · Rendición de cuentas a la ciudadanía',
    ),
    brandVoice: pick(
      lang,
      'Warm, direct and useful. We speak like a helpful neighbour, never like a form: short sentences, no acronyms, every post says what the reader can do next.',
      'Cálida, directa y útil. Hablamos como una vecina que ayuda, nunca como un formulario: frases cortas, sin siglas, y cada publicación dice qué puede hacer quien la lee.',
    ),
    cmName: 'Lucía Ferrer',
    cmReportsTo: pick(
      lang,
      'Head of Communication (with a dotted line to the Director of Services)',
      'Jefatura de Comunicación (con dependencia funcional de la Dirección de Servicios)',
    ),
    languages: lang === 'es' ? ['Español', 'Inglés', 'Valdoriano'] : ['Spanish', 'English', 'Valdorian'],
    planningStart: '2027-01-01',
    planningEnd: '2027-12-31',
  };
}

function sampleChannels(lang: Lang): Channel[] {
  const rows: [ChannelInput['network'], string, string, string, ChannelInput['status'], number, string, string][] = [
    ['linkedin', 'LinkedIn — employers and professionals', 'LinkedIn — empresas y profesionales', 'company/empleo-valdoria', 'active', 4, 'Lucía Ferrer (CM) with Business Services', 'Lucía Ferrer (CM) con Servicios a Empresas'],
    ['instagram', 'Instagram — young job seekers', 'Instagram — jóvenes que buscan empleo', '@empleovaldoria', 'active', 6, 'Lucía Ferrer (CM)', 'Lucía Ferrer (CM)'],
    ['whatsapp_channel', 'WhatsApp channel — job alerts', 'Canal de WhatsApp — alertas de empleo', 'Empleo Valdoria', 'planned', 2.5, 'Job Matching team', 'Equipo de Intermediación'],
    ['youtube', 'YouTube — how-to videos', 'YouTube — vídeos tutoriales', '@EmpleoValdoria', 'active', 3, 'Editorial team', 'Equipo editorial'],
    ['facebook', 'Facebook — towns and families', 'Facebook — pueblos y familias', 'EmpleoValdoria', 'paused', 1, 'Office network', 'Red de oficinas'],
    ['newsletter', "Employers' newsletter", 'Boletín para empresas', 'empresas@empleo.valdoria.example', 'active', 2, 'Business Services', 'Servicios a Empresas'],
    ['tiktok', 'TikTok', 'TikTok', '', 'rejected', 0, '', ''],
    ['bluesky', 'Bluesky', 'Bluesky', '', 'considered', 0, 'Lucía Ferrer (CM)', 'Lucía Ferrer (CM)'],
    ['x', 'X — press and institutions', 'X — prensa e instituciones', '@EmpleoValdoria', 'retired', 0, 'Press office', 'Gabinete de prensa'],
  ];
  return rows.map(([network, en, es, handle, status, hours, ownerEn, ownerEs], i) => ({
    id: i + 1,
    network,
    name: pick(lang, en, es),
    handle,
    status,
    purpose:
      status === 'rejected'
        ? pick(lang, 'Proposed by Management to “be where young people are”.', 'Propuesto por Dirección para «estar donde están los jóvenes».')
        : pick(lang, 'Reach local employers: hiring incentives, job fairs, success stories.', 'Llegar a las empresas locales: incentivos, ferias de empleo, casos de éxito.'),
    tone: pick(lang, 'Professional, concrete', 'Profesional, concreto'),
    cadence: pick(lang, '3 posts a week', '3 publicaciones a la semana'),
    owner: pick(lang, ownerEn, ownerEs),
    weeklyEffortHours: hours,
    rejectionReason:
      status === 'rejected'
        ? pick(
            lang,
            'Presence alone is not an objective: without a video team we could not sustain it, and Instagram already reaches the same audience with a measurable goal.',
            'La presencia no es un objetivo: sin equipo de vídeo no podríamos mantenerlo, e Instagram ya llega al mismo público con una meta medible.',
          )
        : '',
    notes: '',
    createdAt: `2026-03-0${i + 1}T09:30:00Z`,
    updatedAt: `2026-03-0${i + 1}T09:30:00Z`,
  }));
}

interface Workspace {
  path: string;
  profile: Profile;
  channels: Channel[];
  nextId: number;
}

let workspace: Workspace | null = null;
let lastError: ApiError | null = null;
const recent = [
  { path: '/home/lucia/Documents/Valdoria/valdoria-2027.rumbo', fileName: 'valdoria-2027.rumbo', exists: true },
  { path: '/home/lucia/Documents/Clients/ngo-green-valley/green-valley-strategy.rumbo', fileName: 'green-valley-strategy.rumbo', exists: true },
  { path: '/media/usb/old-strategy.rumbo', fileName: 'old-strategy.rumbo', exists: false },
];
if (query.get('recent') === '0') recent.length = 0;

function openSample(): void {
  const lang = resolved();
  workspace = {
    path: '/home/lucia/.local/share/app.rumbo.desktop/sample.rumbo',
    profile: sampleProfile(lang),
    channels: sampleChannels(lang),
    nextId: 100,
  };
}

function openEmpty(): void {
  workspace = {
    path: '/home/lucia/Documents/new-strategy.rumbo',
    profile: {
      name: '',
      sector: '',
      mission: '',
      culture: '',
      values: '',
      brandVoice: '',
      cmName: '',
      cmReportsTo: '',
      languages: [],
      planningStart: null,
      planningEnd: null,
    },
    channels: [],
    nextId: 1,
  };
}

const ws = query.get('ws') ?? 'none';
if (ws === 'sample') openSample();
if (ws === 'empty') openEmpty();
if (query.get('error') === '1') {
  lastError = {
    code: 'not_a_workspace',
    message: pick(
      resolved(),
      '“holiday-photos.zip” is not a Rumbo workspace. Choose a .rumbo file.',
      '«holiday-photos.zip» no es un espacio de trabajo de Rumbo. Elige un archivo .rumbo.',
    ),
    fields: [],
  };
}

function snapshot(): AppSnapshot {
  const error = lastError;
  lastError = null;
  return {
    workspace: workspace
      ? {
          path: workspace.path,
          fileName: workspace.path.split('/').pop() ?? '',
          title: workspace.profile.name || (workspace.path.split('/').pop() ?? ''),
        }
      : null,
    recent,
    language,
    resolvedLanguage: resolved(),
    theme,
    error,
  };
}

function issue(field: string, code: FieldError['code']): FieldError {
  const lang = resolved();
  const messages: Record<FieldError['code'], string> = {
    required: pick(lang, 'This field is required.', 'Este campo es obligatorio.'),
    too_long: pick(lang, 'Too long: at most 120 characters.', 'Demasiado largo: como máximo 120 caracteres.'),
    out_of_range: pick(lang, 'Enter a number from 0 to 168.', 'Introduce un número entre 0 y 168.'),
    end_before_start: pick(lang, 'The end date must be on or after the start date.', 'La fecha de fin debe ser igual o posterior a la de inicio.'),
    duplicate: pick(lang, 'Another channel already has this name.', 'Ya existe otro canal con este nombre.'),
    invalid: pick(lang, 'This value is not valid.', 'Este valor no es válido.'),
  };
  return { field, code, message: messages[code] };
}

function validation(fields: FieldError[]): ApiError {
  const lang = resolved();
  const message =
    fields.length === 1
      ? pick(lang, 'One field needs your attention.', 'Un campo necesita tu atención.')
      : pick(lang, `${fields.length} fields need your attention.`, `${fields.length} campos necesitan tu atención.`);
  return { code: 'validation', message, fields };
}

function needWorkspace(): Workspace {
  if (!workspace) throw { code: 'no_workspace', message: pick(resolved(), 'No workspace is open.', 'No hay ningún espacio de trabajo abierto.'), fields: [] };
  return workspace;
}

function checkChannel(input: ChannelInput, id: number | null): ChannelInput {
  const w = needWorkspace();
  const clean = { ...input };
  for (const key of ['name', 'handle', 'purpose', 'tone', 'cadence', 'owner', 'rejectionReason', 'notes'] as const) {
    clean[key] = clean[key].trim();
  }
  const fields: FieldError[] = [];
  if (!clean.name) fields.push(issue('name', 'required'));
  if (clean.name && w.channels.some((c) => c.id !== id && c.name.toLowerCase() === clean.name.toLowerCase())) {
    fields.push(issue('name', 'duplicate'));
  }
  if (clean.weeklyEffortHours === null || !(clean.weeklyEffortHours >= 0 && clean.weeklyEffortHours <= 168)) {
    fields.push(issue('weeklyEffortHours', 'out_of_range'));
  }
  if (clean.status === 'rejected' && !clean.rejectionReason) fields.push(issue('rejectionReason', 'required'));
  if (fields.length) throw validation(fields);
  return clean;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

mockIPC(
  async (cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    await delay(cmd.startsWith('channel_') || cmd.startsWith('profile_') ? 180 : 20);
    switch (cmd) {
      case 'app_state':
        return snapshot();
      case 'set_language':
        language = args.language as LanguagePref;
        return snapshot();
      case 'set_theme':
        theme = args.theme as ThemePref;
        return snapshot();
      case 'workspace_new':
        openEmpty();
        return snapshot();
      case 'workspace_open':
      case 'workspace_open_sample':
        openSample();
        return snapshot();
      case 'workspace_open_path': {
        const entry = recent.find((r) => r.path === args.path);
        if (entry && !entry.exists) {
          lastError = {
            code: 'file_not_found',
            message: pick(resolved(), `“${entry.path}” was not found. It may have been moved or deleted.`, `No se encuentra «${entry.path}». Puede que se haya movido o eliminado.`),
            fields: [],
          };
          return snapshot();
        }
        openSample();
        return snapshot();
      }
      case 'workspace_close':
        workspace = null;
        return snapshot();
      case 'recent_clear':
        recent.length = 0;
        return snapshot();
      case 'profile_get':
        return needWorkspace().profile;
      case 'profile_save': {
        const w = needWorkspace();
        const p = { ...(args.profile as Profile) };
        for (const key of ['name', 'sector', 'mission', 'culture', 'values', 'brandVoice', 'cmName', 'cmReportsTo'] as const) {
          p[key] = p[key].trim();
        }
        const fields: FieldError[] = [];
        if (!p.name) fields.push(issue('name', 'required'));
        if (p.planningStart && p.planningEnd && p.planningEnd < p.planningStart) fields.push(issue('planningEnd', 'end_before_start'));
        if (fields.length) throw validation(fields);
        w.profile = p;
        return p;
      }
      case 'channel_list':
        return needWorkspace().channels;
      case 'channel_create': {
        const w = needWorkspace();
        const clean = checkChannel(args.input as ChannelInput, null);
        const now = new Date().toISOString();
        const channel: Channel = { ...clean, id: w.nextId++, createdAt: now, updatedAt: now };
        w.channels.push(channel);
        return channel;
      }
      case 'channel_update': {
        const w = needWorkspace();
        const id = args.id as number;
        const clean = checkChannel(args.input as ChannelInput, id);
        const index = w.channels.findIndex((c) => c.id === id);
        const old = w.channels[index];
        if (!old) throw { code: 'not_found', message: 'This channel no longer exists.', fields: [] };
        const channel: Channel = { ...old, ...clean, updatedAt: new Date().toISOString() };
        w.channels[index] = channel;
        return channel;
      }
      case 'channel_delete': {
        const w = needWorkspace();
        w.channels = w.channels.filter((c) => c.id !== args.id);
        return null;
      }
      default:
        throw { code: 'internal', message: `Unknown command ${cmd}`, fields: [] };
    }
  },
  { shouldMockEvents: true },
);

// Lets the screenshot script play the native menu: window.__menu('close').
Object.defineProperty(window, '__menu', {
  value: async (action: 'sample' | 'close') => {
    if (action === 'sample') openSample();
    else workspace = null;
    await emit('app-state', snapshot());
  },
});

await import('../src/main');
