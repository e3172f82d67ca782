import { describe, expect, it } from 'vitest';
import { addresses, segments } from './links';

describe('segments', () => {
  it('splits text around web and e-mail addresses', () => {
    expect(segments('See https://example.org/plan and write to mailto:ana@example.org.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/plan', url: 'https://example.org/plan' },
      { kind: 'text', text: ' and write to ' },
      { kind: 'link', text: 'mailto:ana@example.org', url: 'mailto:ana@example.org' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves sentence punctuation and unmatched brackets out of the address', () => {
    expect(addresses('(see https://example.org/a), then http://example.org/b?x=1!')).toEqual([
      'https://example.org/a',
      'http://example.org/b?x=1',
    ]);
    expect(addresses('https://en.wikipedia.org/wiki/Plan_(disambiguation)')).toEqual([
      'https://en.wikipedia.org/wiki/Plan_(disambiguation)',
    ]);
    expect(addresses('«https://example.org/es»')).toEqual(['https://example.org/es']);
  });

  it('offers no other schemes and keeps markup as text', () => {
    const text = 'javascript:alert(1) file:///etc/passwd <img src=x onerror=alert(1)>';
    expect(segments(text)).toEqual([{ kind: 'text', text }]);
    expect(addresses('mailto: nothing', '')).toEqual([]);
  });

  it('lists each address once', () => {
    expect(addresses('https://a.example https://a.example', 'https://b.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
