// How far an objective has come: where its latest value stands between
// the baseline and the target (a target below the baseline counts down).
import type { Measurement, Objective } from '../../bindings';

export interface Progress {
  /** The latest measurement, if any. */
  latest: Measurement | null;
  /** 0 at the baseline, 1 at the target; may fall outside; null when it
   *  cannot be computed (no value, no baseline or target, or both equal). */
  share: number | null;
  /** `share` clamped to 0–1, for a bar. */
  bar: number;
}

export function progressOf(objective: Pick<Objective, 'baseline' | 'target'>, latest: Measurement | null): Progress {
  const { baseline, target } = objective;
  if (!latest || baseline === null || target === null || baseline === target) {
    return { latest, share: null, bar: 0 };
  }
  const share = (latest.value - baseline) / (target - baseline);
  return { latest, share, bar: Math.min(1, Math.max(0, share)) };
}
