import { describe, expect, it } from 'vitest';
import { indexEntries, search, type Entry } from './rank';

const entry = (key: string, group: Entry['group'], label: string, detail = ''): Entry => ({
  key,
  group,
  label,
  detail,
  run: () => undefined,
});

const ENTRIES: Entry[] = [
  entry('section:campaigns', 'section', 'Campañas', 'Sección'),
  entry('record:campaign:1', 'record', 'Campaña de verano', 'Campaña · Campañas'),
  entry('record:campaign:2', 'record', 'Nueva campaña de empleo joven', 'Campaña · Campañas'),
  entry('record:channel:1', 'record', 'Boletín de la cámara', 'Canal · Canales'),
  entry('record:objective:1', 'record', 'Aumentar las inscripciones', 'Objetivo · Objetivos'),
  entry('action:menu:file.new', 'action', 'Nuevo espacio de trabajo…', 'Archivo'),
  entry('finding:x', 'finding', 'La campaña «Campaña de verano» se decidió sin el CM', 'Hallazgo del diagnóstico · Error'),
];

const labels = (query: string): string[] => search(indexEntries(ENTRIES, 'es'), query).entries.map((e) => e.label);

describe('the palette search', () => {
  it('ignores case and accents: "campana" finds "Campaña"', () => {
    const found = labels('campana');
    expect(found).toContain('Campañas');
    expect(found).toContain('Campaña de verano');
    expect(labels('CAMARA')).toEqual(['Boletín de la cámara']);
    expect(labels('boletin')).toEqual(['Boletín de la cámara']);
  });

  it('ranks a name that starts with what was typed before one that only contains it', () => {
    const found = labels('campana');
    // The section and the record whose names start with it, then a word
    // start later in a name, then the finding that only mentions it.
    expect(found.indexOf('Campañas')).toBe(0);
    expect(found.indexOf('Campaña de verano')).toBeLessThan(found.indexOf('Nueva campaña de empleo joven'));
    expect(found.indexOf('Nueva campaña de empleo joven')).toBeLessThan(
      found.indexOf('La campaña «Campaña de verano» se decidió sin el CM'),
    );
  });

  it('needs every word typed, in any order, in the name or in what it is', () => {
    expect(labels('verano campana')).toEqual([
      'Campaña de verano',
      'La campaña «Campaña de verano» se decidió sin el CM',
    ]);
    expect(labels('campaña canal')).toEqual([]);
    // "objetivo" is in what the record is, not in its name.
    expect(labels('objetivo inscrip')).toEqual(['Aumentar las inscripciones']);
  });

  it('an exact name comes first, and an empty query lists the sections and commands', () => {
    expect(labels('campaña de verano')[0]).toBe('Campaña de verano');
    expect(labels('   ')).toEqual(['Campañas', 'Nuevo espacio de trabajo…']);
    expect(labels('zzz')).toEqual([]);
  });

  it('says how many matched beyond those shown', () => {
    const many = Array.from({ length: 120 }, (_, i) => entry(`r:${i}`, 'record', `Canal ${i + 1}`));
    const result = search(indexEntries(many, 'es'), 'canal', 50);
    expect(result.entries).toHaveLength(50);
    expect(result.total).toBe(120);
    // The same score: shorter names first, then in the language's order (numbers by value).
    expect(result.entries.slice(0, 3).map((e) => e.label)).toEqual(['Canal 1', 'Canal 2', 'Canal 3']);
  });
});
