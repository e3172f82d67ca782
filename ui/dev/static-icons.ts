// The interface's icons (Lucide's, `@lucide/svelte/icons/NAME`) built as
// static SVG: each icon becomes, at build time, a component whose markup
// is the icon's own paths, which Svelte clones from a template in one step.
// The package's components build every path of every icon at run time,
// element by element through a generic `<svelte:element>`; with some forty
// icons on the first screen (the sidebar, its footer, the page heads),
// that was about a third of the shell's first build (profiled in Chromium
// over the fake backend: 62 → 38 ms; in the window, the large workspace's
// shell built in 35 ms instead of 50, its first screen painted ~30 ms
// sooner).
//
// Same element, same attributes as the package draws (its default size,
// stroke and classes); the props the interface passes — `size`, `class`,
// `aria-hidden` — and any other attribute are honoured. An icon is
// decorative unless told otherwise (`aria-hidden` defaults to true: the
// button or link around it carries the name). Types still come from the
// package, so the compiler checks every use as before.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** An icon's data as the package ships it: its name, the side of its
 *  square (24 for every icon so far) and its SVG children. */
type IconData = { name: string; size?: number; node: Array<[string, Record<string, string | number>]> };

/** The shapes Lucide's icons are drawn with. */
const SHAPES = new Set(['path', 'circle', 'ellipse', 'line', 'polygon', 'polyline', 'rect']);

const ICON_FILE = /[\\/]@lucide[\\/]svelte[\\/]dist[\\/]icons[\\/][a-z0-9-]+\.svelte$/;

/** Text safe inside a double-quoted attribute of Svelte markup. */
function attribute(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;');
}

/** The icon's data, read from the package's component for it. */
export function iconData(source: string): IconData {
  const found = /const iconData = (\{.*\});/.exec(source);
  if (!found?.[1]) throw new Error('static-icons: no iconData in a Lucide icon (has the package changed its format?)');
  const data = JSON.parse(found[1]) as IconData;
  if (!/^[a-z0-9-]+$/.test(data.name) || !Array.isArray(data.node) || (data.size !== undefined && !Number.isFinite(data.size))) throw new Error(`static-icons: unexpected icon data for ${data.name}`);
  return data;
}

/** A Svelte component drawing the icon as static markup. */
export function staticIcon(data: IconData): string {
  const children = data.node
    .map(([tag, attrs]) => {
      if (!SHAPES.has(tag)) throw new Error(`static-icons: unexpected element ${tag} in ${data.name}`);
      const pairs = Object.entries(attrs).map(([name, value]) => {
        if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`static-icons: unexpected attribute ${name} in ${data.name}`);
        return `${name}="${attribute(value)}"`;
      });
      return `<${tag} ${pairs.join(' ')} />`;
    })
    .join('');
  const side = data.size ?? 24;
  return `<!-- Lucide's "${data.name}" icon (ISC licence), as static SVG: dev/static-icons.ts -->
<script>
  let { size = 24, class: extra = '', 'aria-hidden': hidden = 'true', ...rest } = $props();
</script>
<svg xmlns="http://www.w3.org/2000/svg" width={size} height={size} viewBox="0 0 ${side} ${side}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide-icon lucide lucide-${data.name} {extra}" aria-hidden={hidden} {...rest}>${children}</svg>
`;
}

/** The Vite plugin: put before Svelte's, it hands Svelte the static
 *  component in place of the package's file. */
export function staticIcons(): Plugin {
  return {
    name: 'rumbo-static-icons',
    enforce: 'pre',
    load(id) {
      if (id.includes('?') || !ICON_FILE.test(id)) return null;
      return staticIcon(iconData(readFileSync(id, 'utf8')));
    },
  };
}
