import { describe, expect, it } from 'vitest';
import { fontStack } from './desktop-font';

describe('the desktop’s interface font', () => {
  it('is used by name, quoted, with sans-serif behind it', () => {
    expect(fontStack('Cantarell')).toBe('"Cantarell", sans-serif');
    expect(fontStack('"Adwaita Sans"')).toBe('"Adwaita Sans", sans-serif');
    expect(fontStack("'Noto Sans', sans-serif")).toBe('"Noto Sans", sans-serif');
  });

  it('keeps a name with quotes or backslashes whole', () => {
    expect(fontStack('My "Odd" Font\\')).toBe('"My \\"Odd\\" Font\\\\", sans-serif');
  });

  it('is fontconfig’s generic family when GTK names one', () => {
    expect(fontStack('Sans')).toBe('sans-serif');
    expect(fontStack('sans serif')).toBe('sans-serif');
    expect(fontStack('Serif')).toBe('serif');
    expect(fontStack('Monospace')).toBe('monospace');
  });

  it('leaves the stylesheet’s own list when there is no name', () => {
    expect(fontStack('')).toBeNull();
    expect(fontStack('system-ui')).toBeNull();
    expect(fontStack('  ')).toBeNull();
  });
});
