// The small domain rules the screens share. Every list of values, the fit
// scale and the default thresholds come from Rust with the bindings
// (`bindings.ts`); `fitMatrix` is checked against a matrix Rust built
// (`FIT_EXAMPLE`, in `domain.test.ts`).
import type {
  Channel,
  ChannelStatus,
  FitCriterion,
  FitMatrix,
  FitRow,
  FitScore,
  HealthSettings,
  Network,
  RaciRole,
} from './bindings';
import { RACI_ROLES } from './bindings';

/** Whether `value` is one of `list` (an enum's values from the bindings). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A short mark and a hue for each network, for the list's tiles. */
export const NETWORK_MARKS: Record<Network, { mark: string; hue: string }> = {
  linkedin: { mark: 'in', hue: '#0a66c2' },
  instagram: { mark: 'Ig', hue: '#d62976' },
  x: { mark: 'X', hue: '#3b4248' },
  facebook: { mark: 'f', hue: '#1877f2' },
  tiktok: { mark: 'Tk', hue: '#25a3a8' },
  youtube: { mark: 'Yt', hue: '#e62117' },
  threads: { mark: '@', hue: '#4b5157' },
  mastodon: { mark: 'M', hue: '#6364ff' },
  bluesky: { mark: 'Bs', hue: '#1185fe' },
  whatsapp_channel: { mark: 'Wa', hue: '#1faa53' },
  telegram: { mark: 'Tg', hue: '#229ed9' },
  discord: { mark: 'D', hue: '#5865f2' },
  reddit: { mark: 'R', hue: '#d93a00' },
  twitch: { mark: 'Tw', hue: '#9146ff' },
  blog: { mark: 'B', hue: '#b5651d' },
  newsletter: { mark: 'Nl', hue: '#8a5cd0' },
  podcast: { mark: 'P', hue: '#a23fc0' },
  forum: { mark: 'Fo', hue: '#c2410c' },
  own_community: { mark: 'C', hue: '#1f8a83' },
  other: { mark: '·', hue: '#6b7a80' },
};

/** The letter of each role, the same in English and Spanish (R, A, C, I). */
export const RACI_LETTERS: Record<RaciRole, string> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};

/** The role a letter key stands for, if any. */
export function roleForKey(key: string): RaciRole | null {
  const upper = key.toUpperCase();
  return RACI_ROLES.find((role) => RACI_LETTERS[role] === upper) ?? null;
}

/** none → R → A → C → I → none. */
export function nextRole(role: RaciRole | null): RaciRole | null {
  if (role === null) return RACI_ROLES[0];
  const index = RACI_ROLES.indexOf(role);
  return RACI_ROLES[index + 1] ?? null;
}

/** Where the fit bands start: below `lowFit` is weak, from `highFit` strong. */
export type FitThresholds = Pick<HealthSettings, 'lowFit' | 'highFit'>;

export type FitBand = 'strong' | 'some' | 'weak' | 'unscored';

/** The band of a weighted fit, as the health check sees it: strong at or
 *  above `highFit`, weak below `lowFit`, some in between. */
export function fitBand(weighted: number | null, { lowFit, highFit }: FitThresholds): FitBand {
  if (weighted === null) return 'unscored';
  if (weighted >= highFit) return 'strong';
  if (weighted < lowFit) return 'weak';
  return 'some';
}

/** The weighted fit, 0–5, as Rust computes it (`fit::weighted`): the mean
 *  of the scores weighted by their criteria's weights; unscored criteria
 *  and weight 0 do not count; null when nothing counts. */
export function weightedFit(
  scores: readonly Pick<FitScore, 'criterionId' | 'score'>[],
  criteria: readonly Pick<FitCriterion, 'id' | 'weight'>[],
): number | null {
  let sum = 0;
  let weights = 0;
  for (const score of scores) {
    const criterion = criteria.find((c) => c.id === score.criterionId);
    if (criterion && criterion.weight > 0) {
      sum += criterion.weight * score.score;
      weights += criterion.weight;
    }
  }
  return weights > 0 ? sum / weights : null;
}

/** How many weighted criteria a channel has no score on yet. */
export function unscored(scores: readonly FitScore[], criteria: readonly FitCriterion[]): number {
  return criteria.filter((c) => c.weight > 0 && !scores.some((s) => s.criterionId === c.id)).length;
}

/** One channel's row of the brand-fit matrix. */
export function fitRow(channel: Channel, criteria: readonly FitCriterion[]): FitRow {
  return {
    channelId: channel.id,
    name: channel.name,
    network: channel.network,
    status: channel.status,
    scores: channel.fitScores,
    weighted: weightedFit(channel.fitScores, criteria),
    missing: unscored(channel.fitScores, criteria),
  };
}

/** The brand-fit matrix as Rust builds it (`FitMatrix::build`): best fit
 *  first, unscored channels last, by name (compared lower-cased, as Rust
 *  compares strings). */
export function fitMatrix(channels: readonly Channel[], criteria: readonly FitCriterion[]): FitMatrix {
  const lower = (row: FitRow): string => row.name.toLowerCase();
  const rows = channels.map((channel) => fitRow(channel, criteria));
  rows.sort((a, b) => {
    const byFit = (b.weighted ?? -1) - (a.weighted ?? -1);
    if (byFit !== 0) return byFit;
    return lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0;
  });
  return { criteria: [...criteria], rows };
}

/** Statuses in which the organization is, or will be, on a channel. */
export function isInUse(status: ChannelStatus): boolean {
  return status === 'active' || status === 'planned';
}
