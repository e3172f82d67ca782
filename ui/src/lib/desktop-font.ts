// The interface's font on Linux: the desktop's own, as GTK draws the
// window's menu bar with it. WebKitGTK gives GTK's interface font
// (`gtk-font-name`: Cantarell, Adwaita Sans, Noto Sans, Ubuntu…) to the
// CSS system font `caption`; the page reads its family once, before its
// first layout, and uses it with `sans-serif` behind it. Elsewhere
// `system-ui` already is the platform's font (San Francisco, Segoe UI) and
// app.css keeps it.
//
// Also quicker: WebKitGTK asks fontconfig for each family of the list, for
// every size and weight the page uses, until one is installed, and
// `system-ui` is only what fontconfig's own alias finds (often nothing on
// a desktop other than GNOME's): each miss costs a full font match, about
// a millisecond, twenty-odd times on the first screen.

/** Families that are fontconfig's generic names rather than fonts. */
const GENERIC: Record<string, string> = {
  sans: 'sans-serif',
  'sans-serif': 'sans-serif',
  'sans serif': 'sans-serif',
  serif: 'serif',
  monospace: 'monospace',
  mono: 'monospace',
};

/** The page's font list for the desktop's font `family` (a computed
 *  `font-family`: its first name, quoted or not), or null to keep
 *  app.css's own. */
export function fontStack(family: string): string | null {
  const first = family.split(',')[0]?.trim() ?? '';
  const name = first.replace(/^(['"])(.*)\1$/, '$2').trim();
  if (!name || name.toLowerCase() === 'system-ui') return null;
  const generic = GENERIC[name.toLowerCase()];
  if (generic) return generic;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}", sans-serif`;
}

/** On Linux (WebKitGTK: an X11 user agent, on Wayland too), sets the
 *  page's `--font` to the desktop's interface font. */
export function useDesktopFont(): void {
  if (typeof navigator === 'undefined' || !navigator.userAgent.includes('(X11;') || !document.body) return;
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.font = 'caption';
  document.body.append(probe);
  const stack = fontStack(getComputedStyle(probe).fontFamily);
  probe.remove();
  if (stack) document.documentElement.style.setProperty('--font', stack);
}
