import { describe, expect, it } from 'vitest';
import { isShortcut, keysOf, showShortcut } from './keys';

const press = (init: KeyboardEventInit): KeyboardEvent => new KeyboardEvent('keydown', init);

describe('shortcuts', () => {
  it('are written for the platform and the language', () => {
    expect(showShortcut('CmdOrCtrl+K', 'en', false)).toBe('Ctrl+K');
    expect(showShortcut('CmdOrCtrl+K', 'en', true)).toBe('⌘K');
    expect(showShortcut('CmdOrCtrl+Shift+N', 'es', false)).toBe('Ctrl+Mayús+N');
    expect(showShortcut('Ctrl+PageDown', 'es', false)).toBe('Ctrl+Av Pág');
    expect(showShortcut('CmdOrCtrl+-', 'en', false)).toBe('Ctrl+-');
    expect(keysOf('CmdOrCtrl+/', 'en', false)).toEqual(['Ctrl', '/']);
  });

  it('match the keys pressed, and only them', () => {
    expect(isShortcut(press({ key: 'k', ctrlKey: true }), 'CmdOrCtrl+K', false)).toBe(true);
    expect(isShortcut(press({ key: 'K', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+K', false)).toBe(false);
    expect(isShortcut(press({ key: 'k', metaKey: true }), 'CmdOrCtrl+K', true)).toBe(true);
    expect(isShortcut(press({ key: 'k', ctrlKey: true }), 'CmdOrCtrl+K', true)).toBe(false);
    expect(isShortcut(press({ key: 'N', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+N', false)).toBe(true);
    expect(isShortcut(press({ key: 'n', ctrlKey: true }), 'CmdOrCtrl+Shift+N', false)).toBe(false);
    expect(isShortcut(press({ key: 'PageDown', ctrlKey: true }), 'Ctrl+PageDown', false)).toBe(true);
    expect(isShortcut(press({ key: 'PageDown' }), 'Ctrl+PageDown', false)).toBe(false);
    expect(isShortcut(press({ key: 'F1' }), 'F1', false)).toBe(true);
    // On a Spanish keyboard "/" is Shift+7: the shortcut still matches.
    expect(isShortcut(press({ key: '/', code: 'Digit7', ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+/', false)).toBe(true);
    expect(isShortcut(press({ key: 'k', code: 'KeyK', ctrlKey: true, altKey: true }), 'CmdOrCtrl+K', false)).toBe(false);
  });
});
