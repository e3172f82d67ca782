// Every text and control of the window against what it sits on, in both
// themes, by WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (18.66 px bold
// or 24 px), for a control's boundary and for the focus ring. The colours
// are read from app.css (its custom properties, light and
// `[data-theme='dark']`) and from the components' own styles, so changing a
// colour there is checked here, without a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------
// Reading the styles

type Theme = 'light' | 'dark';
type Rule = { selectors: string[]; decls: Map<string, string> };

/** This folder (lib/): the components are read from it, app.css beside it. */
const LIB = dirname(fileURLToPath(import.meta.url));
const read = (path: string): string => readFileSync(join(LIB, path), 'utf8');

/** The top-level rules of a style sheet; at-rules (@media, @keyframes…)
 *  are left out: what they change is not the theme. */
function parseRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    if (!prelude.startsWith('@')) {
      const decls = new Map<string, string>();
      for (const part of body.split(';')) {
        const colon = part.indexOf(':');
        if (colon > 0) decls.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim().replace(/\s+/g, ' '));
      }
      out.push({ selectors: prelude.split(',').map((s) => s.trim().replace(/\s+/g, ' ')), decls });
    }
    i = j;
  }
  return out;
}

const styleOf = (source: string): string => /<style>([\s\S]*?)<\/style>/.exec(source)?.[1] ?? source;

const appCss = parseRules(read('../app.css'));
const sheets = new Map<string, Rule[]>();
/** The rules of app.css, or of a component's `<style>` (a path under lib/). */
function sheet(file: string): Rule[] {
  if (file === 'app.css') return appCss;
  let rules = sheets.get(file);
  if (!rules) {
    rules = parseRules(styleOf(read(`./${file}`)));
    sheets.set(file, rules);
  }
  return rules;
}

/** The theme's custom properties: `:root`, then `:root[data-theme='dark']`. */
function themeVars(theme: Theme): Map<string, string> {
  const vars = new Map<string, string>();
  const scopes = theme === 'light' ? [':root'] : [':root', ":root[data-theme='dark']"];
  for (const scope of scopes)
    for (const rule of appCss)
      if (rule.selectors.includes(scope)) for (const [k, v] of rule.decls) if (k.startsWith('--')) vars.set(k, v);
  return vars;
}

/** A declaration of a rule (the last that sets it), as the theme sees it:
 *  in the dark theme a `[data-theme='dark'] <selector>` rule wins. */
function declared(file: string, selector: string, props: string[], theme: Theme): string {
  const candidates = [selector];
  if (theme === 'dark') candidates.push(`[data-theme='dark'] ${selector}`, `:global([data-theme='dark']) ${selector}`);
  let found: string | undefined;
  for (const candidate of candidates)
    for (const rule of sheet(file))
      if (rule.selectors.includes(candidate))
        for (const prop of props) {
          const value = rule.decls.get(prop);
          if (value !== undefined) found = value;
        }
  if (found === undefined) throw new Error(`${file}: no ${props.join('/')} in "${selector}"`);
  return found;
}

// ---------------------------------------------------------------------------
// Colours

type RGBA = { r: number; g: number; b: number; a: number };

/** Splits at the commas outside parentheses. */
function args(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** Replaces every `var(--x, fallback)` with the variable's value. */
function substitute(value: string, vars: Map<string, string>, seen: string[] = []): string {
  const at = value.indexOf('var(');
  if (at < 0) return value;
  let depth = 0;
  let end = at + 3;
  for (; end < value.length; end++) {
    if (value[end] === '(') depth++;
    else if (value[end] === ')' && --depth === 0) break;
  }
  const [name = '', ...fallback] = args(value.slice(at + 4, end));
  if (seen.includes(name)) throw new Error(`var(${name}) refers to itself`);
  const own = vars.get(name);
  const replacement = own !== undefined ? substitute(own, vars, [...seen, name]) : fallback.join(', ');
  if (own === undefined && fallback.length === 0) throw new Error(`${name} is not defined`);
  return substitute(value.slice(0, at) + replacement + value.slice(end + 1), vars, seen);
}

function parseColour(text: string): RGBA {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (value === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (value === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number): number => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const rgb = /^rgba?\((.*)\)$/.exec(value)?.[1];
  if (rgb) {
    const parts = rgb.split(/[\s,/]+/).filter(Boolean);
    const channel = (p: string): number => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    return { r: channel(parts[0] ?? '0'), g: channel(parts[1] ?? '0'), b: channel(parts[2] ?? '0'), a: alpha };
  }
  const mix = /^color-mix\(in srgb,(.*)\)$/.exec(value)?.[1];
  if (mix) return colourMix(args(mix));
  throw new Error(`not a colour this test reads: ${text}`);
}

/** `color-mix(in srgb, A p%, B q%)`: CSS Color 5, with premultiplied alpha. */
function colourMix([first = '', second = '']: string[]): RGBA {
  const split = (part: string): [RGBA, number | null] => {
    const pct = /\s(\d+(?:\.\d+)?)%$/.exec(part);
    return pct ? [parseColour(part.slice(0, pct.index)), Number(pct[1]) / 100] : [parseColour(part), null];
  };
  const [a, pa] = split(first);
  const [b, pb] = split(second);
  let p1 = pa ?? (pb === null ? 0.5 : 1 - pb);
  let p2 = pb ?? 1 - p1;
  const sum = p1 + p2;
  const scale = Math.min(sum, 1);
  p1 /= sum;
  p2 /= sum;
  const alpha = a.a * p1 + b.a * p2;
  const channel = (x: number, y: number): number => (alpha === 0 ? 0 : (x * a.a * p1 + y * b.a * p2) / alpha);
  return { r: channel(a.r, b.r), g: channel(a.g, b.g), b: channel(a.b, b.b), a: alpha * scale };
}

/** A colour painted over an opaque one. */
function over(top: RGBA, below: RGBA): RGBA {
  const mixChannel = (x: number, y: number): number => x * top.a + y * (1 - top.a);
  return { r: mixChannel(top.r, below.r), g: mixChannel(top.g, below.g), b: mixChannel(top.b, below.b), a: 1 };
}

/** WCAG 2.1 relative luminance. */
function luminance({ r, g, b }: RGBA): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio of two opaque colours, 1 to 21. */
function contrast(x: RGBA, y: RGBA): number {
  const [dark, light] = [luminance(x), luminance(y)].sort((p, q) => p - q) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// ---------------------------------------------------------------------------
// The pairs

/** A colour: CSS text (`var(--text-3)`, `#fff`), or a component's declaration. */
type Paint = string | { file: string; selector: string; prop: 'color' | 'background' | 'border' | 'outline' };
type Pair = {
  name: string;
  fg: Paint;
  bg: Paint;
  /** What a translucent background is painted over (--surface unless said). */
  on?: Paint;
  /** 4.5 for text; 3 for large text, a control's boundary or the focus ring. */
  min: 4.5 | 3;
};

const PROPS = {
  color: ['color'],
  background: ['background', 'background-color'],
  border: ['border', 'border-color'],
  outline: ['outline', 'outline-color'],
};

/** The colour a paint gives in a theme, as CSS text. */
function cssOf(paint: Paint, theme: Theme): string {
  if (typeof paint === 'string') return paint;
  const value = declared(paint.file, paint.selector, PROPS[paint.prop], theme);
  // A border or outline shorthand: its colour is the part that is one.
  if (paint.prop === 'border' || paint.prop === 'outline') {
    const colour = value
      .split(/\s+(?![^(]*\))/)
      .find((part) => /^(#|rgb|color-mix|var\(|transparent|white|black)/.test(part));
    if (!colour) throw new Error(`no colour in ${paint.prop}: ${value}`);
    return colour;
  }
  return value;
}

function colourOf(paint: Paint, theme: Theme, vars: Map<string, string>): RGBA {
  return parseColour(substitute(cssOf(paint, theme), vars));
}

/** The ratio of a pair in a theme, with translucent colours blended. */
function ratioOf(pair: Pair, theme: Theme): number {
  const vars = themeVars(theme);
  const base = colourOf(pair.on ?? 'var(--surface)', theme, vars);
  const bg = over(colourOf(pair.bg, theme, vars), over(base, parseColour('#ffffff')));
  return contrast(over(colourOf(pair.fg, theme, vars), bg), bg);
}

const rule = (file: string, selector: string, prop: 'color' | 'background' | 'border' | 'outline'): Paint => ({ file, selector, prop });

/** Where text sits: the window's backgrounds, a row pointed at, the current item. */
const SURFACES = ['--bg', '--bg-sidebar', '--surface', '--surface-raised', '--surface-sunken', '--hover', '--active'];
/** The text colours of the theme, each on every one of them. */
const TEXTS: Record<string, string> = {
  '--text': 'body text',
  '--text-2': 'secondary text',
  '--text-3': 'muted hints',
  '--brand-text': 'links and brand text',
  '--danger-text': 'danger text (errors)',
  '--warning-text': 'warning text',
};

const pairs: Pair[] = [];
for (const [text, what] of Object.entries(TEXTS))
  for (const surface of SURFACES) pairs.push({ name: `${what} (${text}) on ${surface}`, fg: `var(${text})`, bg: `var(${surface})`, min: 4.5 });

const SHELL = 'views/shell/Shell.svelte';
const RACI = 'views/departments/RaciGrid.svelte';
const FIT = 'views/fit/FitGrid.svelte';
const HEALTH = 'views/health/HealthView.svelte';
const STATUSES = ['considered', 'planned', 'active', 'paused', 'retired', 'rejected'];
const ROLES = ['responsible', 'accountable', 'consulted', 'informed'];
const FIT_BANDS = ['strong', 'some', 'weak'];

pairs.push(
  // Buttons
  { name: 'primary button text on --brand', fg: rule('app.css', '.btn-primary', 'color'), bg: rule('app.css', '.btn-primary', 'background'), min: 4.5 },
  { name: 'primary button text on its hover', fg: rule('app.css', '.btn-primary', 'color'), bg: rule('app.css', '.btn-primary:hover:not(:disabled)', 'background'), min: 4.5 },
  { name: 'danger button text', fg: rule('app.css', '.btn-danger', 'color'), bg: rule('app.css', '.btn-danger', 'background'), min: 4.5 },
  { name: 'danger button text on its hover', fg: rule('app.css', '.btn-danger', 'color'), bg: rule('app.css', '.btn-danger:hover:not(:disabled)', 'background'), min: 4.5 },
  { name: 'secondary button text', fg: rule('app.css', '.btn', 'color'), bg: rule('app.css', '.btn', 'background'), min: 4.5 },
  { name: 'ghost danger button on its hover', fg: rule('app.css', '.btn-ghost-danger', 'color'), bg: rule('app.css', '.btn-ghost-danger:hover:not(:disabled)', 'background'), on: 'var(--surface-raised)', min: 4.5 },
  { name: 'skip link', fg: rule(SHELL, '.skip-link', 'color'), bg: rule(SHELL, '.skip-link', 'background'), min: 4.5 },

  // Table headers
  { name: 'table header (DataTable)', fg: rule('app.css', '.data-head', 'color'), bg: rule('app.css', '.data-head', 'background'), min: 4.5 },
  { name: 'RACI grid header', fg: rule(RACI, 'thead th', 'color'), bg: rule(RACI, 'thead th', 'background'), min: 4.5 },
  { name: 'RACI empty cell mark', fg: rule(RACI, '.cell.role-none', 'color'), bg: 'var(--surface)', min: 4.5 },
  { name: 'fit grid header', fg: rule(FIT, '.head-cell', 'color'), bg: rule(FIT, '.header', 'background'), min: 4.5 },
  { name: 'fit grid criterion weight', fg: rule(FIT, '.weight', 'color'), bg: rule(FIT, '.header', 'background'), min: 4.5 },
  { name: 'fit grid unscored cell mark', fg: rule(FIT, '.score.snone', 'color'), bg: 'var(--surface)', min: 4.5 },
  { name: 'fit band "unscored" title', fg: 'var(--text-2)', bg: 'var(--fit-none-bg)', min: 4.5 },
  ...[0, 1, 2, 3, 4, 5].map((s): Pair => ({ name: `fit score ${s}`, fg: rule(FIT, '.score', 'color'), bg: rule(FIT, `.s${s}`, 'background'), min: 4.5 })),

  // Sidebar badges
  { name: 'sidebar count badge', fg: rule(SHELL, '.badge', 'color'), bg: rule(SHELL, '.badge', 'background'), on: 'var(--bg-sidebar)', min: 4.5 },
  { name: 'sidebar count badge, none', fg: rule(SHELL, '.badge.zero', 'color'), bg: rule(SHELL, '.badge', 'background'), on: 'var(--bg-sidebar)', min: 4.5 },
  { name: 'sidebar attention badge', fg: rule(SHELL, '.badge.attention', 'color'), bg: rule(SHELL, '.badge.attention', 'background'), on: 'var(--bg-sidebar)', min: 4.5 },
  { name: 'health view count', fg: rule(HEALTH, '.n', 'color'), bg: rule(HEALTH, '.n', 'background'), on: 'var(--bg)', min: 4.5 },
  { name: 'health view warnings title', fg: rule(HEALTH, '.g-warning', 'color'), bg: 'var(--bg)', min: 4.5 },
  { name: 'health view errors title', fg: rule(HEALTH, '.g-error', 'color'), bg: 'var(--bg)', min: 4.5 },
  { name: 'backups "new" tag', fg: rule('views/shell/BackupsDialog.svelte', '.new-tag', 'color'), bg: rule('views/shell/BackupsDialog.svelte', '.new-tag', 'background'), min: 4.5 },

  // Chips, callouts, messages
  { name: 'chip', fg: rule('app.css', '.chip', 'color'), bg: rule('app.css', '.chip', 'background'), min: 4.5 },
  { name: 'callout', fg: rule('app.css', '.callout', 'color'), bg: rule('app.css', '.callout', 'background'), min: 4.5 },
  { name: 'callout, done', fg: rule('app.css', '.callout.done', 'color'), bg: rule('app.css', '.callout.done', 'background'), min: 4.5 },
  { name: 'callout, attention', fg: rule('app.css', '.callout.attention', 'color'), bg: rule('app.css', '.callout.attention', 'background'), min: 4.5 },
  { name: 'danger text on --danger-soft', fg: 'var(--danger-text)', bg: 'var(--danger-soft)', min: 4.5 },
  { name: 'warning text on --warning-soft', fg: 'var(--warning-text)', bg: 'var(--warning-soft)', min: 4.5 },
  { name: 'body text on --warning-soft (notes)', fg: 'var(--text)', bg: 'var(--warning-soft)', min: 4.5 },
  { name: 'read-only note', fg: rule(SHELL, '.read-only', 'color'), bg: rule(SHELL, '.read-only', 'background'), on: 'var(--bg)', min: 4.5 },
  { name: 'tooltip', fg: rule('app.css', '.tooltip', 'color'), bg: rule('app.css', '.tooltip', 'background'), min: 4.5 },
  { name: 'undo toast', fg: rule('components/UndoToast.svelte', '.toast', 'color'), bg: rule('components/UndoToast.svelte', '.toast', 'background'), min: 4.5 },
  { name: 'undo toast, restored icon', fg: rule('components/UndoToast.svelte', '.restored .icon', 'color'), bg: rule('components/UndoToast.svelte', '.toast', 'background'), min: 3 },
  { name: 'undo toast, failed icon', fg: rule('components/UndoToast.svelte', '.failed .icon', 'color'), bg: rule('components/UndoToast.svelte', '.toast', 'background'), min: 3 },

  // Focus and the boundaries of controls (non-text contrast)
  ...SURFACES.map((s): Pair => ({ name: `focus ring on ${s}`, fg: 'var(--focus)', bg: `var(${s})`, min: 3 })),
  ...['--surface', '--surface-raised', '--surface-sunken', '--bg'].map(
    (s): Pair => ({ name: `text box boundary on ${s}`, fg: rule('app.css', '.input', 'border'), bg: `var(${s})`, min: 3 }),
  ),
  { name: 'text box boundary against its inside', fg: rule('app.css', '.input', 'border'), bg: rule('app.css', '.input', 'background'), min: 3 },
  { name: 'search and tag box boundary', fg: rule('app.css', '.input-box', 'border'), bg: rule('app.css', '.input-box', 'background'), min: 3 },
  { name: 'RACI empty cell boundary', fg: rule(RACI, '.cell.role-none', 'border'), bg: 'var(--surface)', min: 3 },
  { name: 'fit unscored cell boundary', fg: rule(FIT, '.score.snone', 'border'), bg: 'var(--surface)', min: 3 },
  { name: 'welcome screen accent icon', fg: rule('views/shell/Welcome.svelte', '.action-icon.accent', 'color'), bg: rule('views/shell/Welcome.svelte', '.action-icon.accent', 'background'), on: 'var(--bg)', min: 3 },
  // Icons and marks that carry meaning (severity, bands, success)
  ...['--danger', '--warning', '--success', '--brand'].map((c): Pair => ({ name: `${c} icon on --surface`, fg: `var(${c})`, bg: 'var(--surface)', min: 3 })),
);

for (const status of STATUSES) {
  const pill = `.pill-${status}`;
  pairs.push(
    { name: `status pill "${status}"`, fg: rule('app.css', pill, 'color'), bg: rule('app.css', pill, 'background'), min: 4.5 },
    { name: `status pill "${status}" in a row pointed at`, fg: rule('app.css', pill, 'color'), bg: rule('app.css', pill, 'background'), on: 'var(--hover)', min: 4.5 },
  );
}
for (const role of ROLES)
  pairs.push({ name: `RACI role "${role}"`, fg: rule('app.css', `.role-${role}`, 'color'), bg: rule('app.css', `.role-${role}`, 'background'), min: 4.5 });
for (const band of FIT_BANDS)
  pairs.push(
    { name: `fit band "${band}" title`, fg: `var(--fit-${band}-text)`, bg: `var(--fit-${band}-bg)`, min: 4.5 },
    { name: `fit band "${band}" rule`, fg: rule(FIT, '.band-rule', 'color'), bg: `var(--fit-${band}-bg)`, min: 4.5 },
    { name: `fit band "${band}" mark`, fg: `var(--fit-${band})`, bg: `var(--fit-${band}-bg)`, min: 3 },
  );
for (const band of ['ready', 'work', 'weak'])
  pairs.push({
    name: `sidebar health score mark "${band}"`,
    fg: rule(SHELL, `.badge.score.band-${band}::before`, 'background'),
    bg: rule(SHELL, '.badge', 'background'),
    on: 'var(--bg-sidebar)',
    min: 3,
  });

// ---------------------------------------------------------------------------

describe('the contrast helper', () => {
  it('computes WCAG ratios, blends translucent colours and mixes', () => {
    expect(contrast(parseColour('#000'), parseColour('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(parseColour('#777777'), parseColour('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(over(parseColour('rgba(0, 0, 0, 0.5)'), parseColour('#ffffff')).r).toBeCloseTo(127.5, 5);
    expect(parseColour('color-mix(in srgb, #000000 25%, #ffffff)').r).toBeCloseTo(191.25, 5);
    expect(parseColour('color-mix(in srgb, #ff0000 40%, transparent)')).toEqual({ r: 255, g: 0, b: 0, a: 0.4 });
    const vars = new Map([
      ['--a', '#123456'],
      ['--b', 'var(--a)'],
    ]);
    expect(substitute('var(--b)', vars)).toBe('#123456');
    expect(substitute('var(--missing, var(--a))', vars)).toBe('#123456');
  });

  it('finds a colour gone wrong', () => {
    const light = themeVars('light');
    light.set('--text-3', '#a0aaad');
    const bg = parseColour(substitute('var(--surface-sunken)', light));
    expect(contrast(parseColour(substitute('var(--text-3)', light)), bg)).toBeLessThan(4.5);
  });
});

/** Components whose colours are not the theme's, and why. */
const OWN_COLOURS: Record<string, string> = {
  'views/document/DocumentPreview.svelte': 'a printed page is paper: white in both themes',
  'components/NetworkMark.svelte': "a network's mark in its own hue (hidden from screen readers)",
};

/** Every component under lib/, as a path under lib/. */
function components(dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(LIB, dir), { withFileTypes: true })) {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) out.push(...components(`${path}/`));
    else if (entry.name.endsWith('.svelte')) out.push(path);
  }
  return out;
}

describe('colours', () => {
  it('come from the theme: a component sets none of its own', () => {
    // A colour written in a component would escape the pairs above.
    const literal = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(/i;
    const painted = /^(color|background|background-color|border|border-[a-z-]*color|border-(top|right|bottom|left)|outline|outline-color|fill|stroke|--.*)$/;
    const found: string[] = [];
    for (const file of components()) {
      if (file in OWN_COLOURS) continue;
      for (const { selectors, decls } of sheet(file))
        for (const [prop, value] of decls) if (painted.test(prop) && literal.test(value)) found.push(`${file} ${selectors.join(', ')} { ${prop}: ${value} }`);
    }
    expect(found).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('every pair in the %s theme', (theme) => {
  it('meets WCAG AA', () => {
    const failing = pairs
      .map((pair) => ({ pair, ratio: ratioOf(pair, theme) }))
      .filter(({ pair, ratio }) => ratio < pair.min)
      .map(({ pair, ratio }) => `${pair.name}: ${ratio.toFixed(2)}:1, needs ${pair.min}:1`);
    expect(failing).toEqual([]);
  });
});

