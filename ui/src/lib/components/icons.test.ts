import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import ContactRound from '@lucide/svelte/icons/contact-round';
import LoaderCircle from '@lucide/svelte/icons/loader-circle';
import Monitor from '@lucide/svelte/icons/monitor';
import X from '@lucide/svelte/icons/x';
import { iconData, staticIcon, staticIcons } from '../../../dev/static-icons';

// The icons, as the build makes them (dev/static-icons.ts, a plugin of the
// Vite configuration the tests run under too): static SVG drawing exactly
// the package's paths.

/** The package's file for an icon (the tests run in ui/). */
const fileOf = (name: string): string => join(process.cwd(), 'node_modules', '@lucide', 'svelte', 'dist', 'icons', `${name}.svelte`);
/** The package's own data for an icon. */
const packaged = (name: string): ReturnType<typeof iconData> => iconData(readFileSync(fileOf(name), 'utf8'));

type Props = { size?: number; class?: string; 'aria-hidden'?: 'true' | 'false' };

describe('icons drawn as static SVG', () => {
  it.each([
    ['x', X],
    ['loader-circle', LoaderCircle],
    ['contact-round', ContactRound],
    ['monitor', Monitor],
  ] as Array<[string, Component<Props>]>)('draw every path of the package’s %s, attribute for attribute', (name, icon) => {
    const { container } = render(icon, { size: 14, class: 'spin' });
    const svg = container.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg?.getAttribute('width')).toBe('14');
    expect(svg?.getAttribute('height')).toBe('14');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg?.getAttribute('stroke')).toBe('currentColor');
    expect(svg?.getAttribute('stroke-width')).toBe('2');
    expect(svg?.classList.contains(`lucide-${name}`)).toBe(true);
    expect(svg?.classList.contains('spin')).toBe(true);
    const data = packaged(name);
    const drawn = [...(svg?.children ?? [])];
    expect(drawn).toHaveLength(data.node.length);
    data.node.forEach(([tag, attrs], i) => {
      expect(drawn[i]?.tagName.toLowerCase()).toBe(tag);
      for (const [attr, value] of Object.entries(attrs)) expect(drawn[i]?.getAttribute(attr)).toBe(String(value));
    });
  });

  it('are decorative unless told otherwise, and take other attributes as given', () => {
    const quiet = render(X as Component<Props>, {}).container.querySelector('svg');
    expect(quiet?.getAttribute('aria-hidden')).toBe('true');
    expect(quiet?.getAttribute('width')).toBe('24');
    const shown = render(X as Component<Props & { 'data-testid'?: string }>, { 'aria-hidden': 'false', 'data-testid': 'close' });
    const svg = shown.getByTestId('close');
    expect(svg.getAttribute('aria-hidden')).toBe('false');
  });

  it('quote what an icon’s data holds, and refuse what is not SVG', () => {
    const markup = staticIcon({ name: 'odd', node: [['path', { d: 'M0 0 "}{<' }]] });
    expect(markup).toContain('<path d="M0 0 &quot;&#125;&#123;&lt;" />');
    expect(staticIcon({ name: 'odd', size: 16, node: [] })).toContain('viewBox="0 0 16 16"');
    expect(() => staticIcon({ name: 'odd', node: [['script', { src: 'x' }]] })).toThrow(/unexpected element/);
    expect(() => staticIcon({ name: 'odd', node: [['svelte:head', {}]] })).toThrow(/unexpected element/);
    expect(() => staticIcon({ name: 'odd', node: [['path', { 'on:click': 'x' }]] })).toThrow(/unexpected attribute/);
    expect(() => iconData('<script>const other = 1;</script>')).toThrow(/no iconData/);
  });

  it('replace the package’s icon files only', () => {
    const load = staticIcons().load as unknown as (id: string) => string | null;
    const markup = load(fileOf('x'));
    expect(markup).toContain('class="lucide-icon lucide lucide-x {extra}"');
    expect(markup).toContain('<path d="M18 6 6 18" /><path d="m6 6 12 12" />');
    expect(load(`${fileOf('x')}?svelte&type=style&lang.css`)).toBeNull();
    expect(load(join(process.cwd(), 'src', 'App.svelte'))).toBeNull();
  });
});
