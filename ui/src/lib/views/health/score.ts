// The readiness score's bands, shared by the sidebar and the health view.

export type ScoreBand = 'ready' | 'work' | 'weak';

/** 80 and above with no open error: ready to present; 50 and above: needs
 *  work; below 50: weak. An open error is never "ready", whatever the score. */
export function scoreBand(score: number, openErrors: number): ScoreBand {
  if (score >= 80 && openErrors === 0) return 'ready';
  if (score >= 50) return 'work';
  return 'weak';
}
