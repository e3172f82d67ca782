import { describe, expect, it } from 'vitest';
import { DEFAULT_HEALTH_SETTINGS, FIT_EXAMPLE } from './bindings';
import { fitBand, fitMatrix, weightedFit } from './domain';

describe('fitBand', () => {
  it('with the default thresholds: weak under 2.5, strong from 3.5', () => {
    const bands = [null, 0, 2.49, 2.5, 3.49, 3.5, 4, 5].map((w) => fitBand(w, DEFAULT_HEALTH_SETTINGS));
    expect(bands).toEqual(['unscored', 'weak', 'weak', 'some', 'some', 'strong', 'strong', 'strong']);
  });

  it('follows the thresholds it is given, as the health check does (weak below lowFit, strong at or above highFit)', () => {
    const thresholds = { lowFit: 3, highFit: 4.5 };
    expect(fitBand(2.8, thresholds)).toBe('weak');
    expect(fitBand(3, thresholds)).toBe('some');
    expect(fitBand(4, thresholds)).toBe('some');
    expect(fitBand(4.5, thresholds)).toBe('strong');
    expect(fitBand(null, thresholds)).toBe('unscored');
  });
});

describe('the brand-fit matrix', () => {
  it('is the one Rust builds from the same criteria and channels (FitMatrix::build)', () => {
    const { criteria, channels, matrix } = FIT_EXAMPLE;
    expect(matrix.rows.length).toBeGreaterThan(3);
    expect(fitMatrix(channels, criteria)).toEqual(matrix);
    for (const row of matrix.rows) {
      const channel = channels.find((c) => c.id === row.channelId);
      expect(channel && weightedFit(channel.fitScores, criteria)).toBe(row.weighted);
    }
  });
});
