// A stand-in for `$lib/api-window` in tests: every command a `vi.fn()`
// with a plausible answer (About of a workspace, two rules). In a test file:
//
//   vi.mock('$lib/api-window', async () => (await import('../../test/window-mock')).mockWindowApi());
import { vi } from 'vitest';
import type { AboutInfo, RuleInfo } from '../lib/bindings';

export const ABOUT: AboutInfo = {
  version: '0.1.0',
  licence: 'MIT OR Apache-2.0',
  workspace: '/home/lucia/Valdoria.rumbo',
  backups: '/home/lucia/Valdoria.rumbo-backups',
  preferences: '/home/lucia/.config/app.rumbo.desktop/prefs.json',
  data: '/home/lucia/.local/share/app.rumbo.desktop',
};

export const RULES: RuleInfo[] = [
  {
    id: 'objective-presence',
    severity: 'error',
    section: 'objectives',
    weight: 3,
    title: { en: 'Presence is not an objective', es: 'Estar presente no es un objetivo' },
    principle: { en: 'Being on a network says where, not what for.', es: 'Estar en una red dice dónde, no para qué.' },
    example: { en: '“Be on TikTok”.', es: '«Estar en TikTok».' },
  },
  {
    id: 'identity-empty',
    severity: 'warning',
    section: 'organization',
    weight: 2,
    title: { en: 'Culture, values and voice written down', es: 'Cultura, valores y voz por escrito' },
    principle: { en: 'An image never written down cannot be conveyed.', es: 'No se transmite una imagen que nunca se escribió.' },
    example: { en: 'An empty brand voice.', es: 'Una voz de marca vacía.' },
  },
];

export function mockWindowApi(): Record<string, unknown> {
  return {
    viewPlaceSet: vi.fn(() => Promise.resolve(null)),
    zoomStep: vi.fn((steps: number) => Promise.resolve(steps === 0 ? 1 : 1.1)),
    aboutInfo: vi.fn(() => Promise.resolve({ ...ABOUT })),
    healthRules: vi.fn(() => Promise.resolve(RULES)),
    appQuit: vi.fn(() => Promise.resolve(null)),
  };
}
