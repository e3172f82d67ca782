// Runtime lists of the enums in bindings.ts, checked to be complete, and the
// small domain rules the screens share (brand-fit bands, default thresholds).
import type { ChannelStatus, FitCriterion, FitScore, HealthSettings, Network, RaciRole } from './bindings';

export const NETWORKS = [
  'linkedin',
  'instagram',
  'x',
  'facebook',
  'tiktok',
  'youtube',
  'threads',
  'mastodon',
  'bluesky',
  'whatsapp_channel',
  'telegram',
  'blog',
  'newsletter',
  'podcast',
  'forum',
  'own_community',
  'other',
] as const satisfies readonly Network[];

export const STATUSES = [
  'considered',
  'planned',
  'active',
  'paused',
  'retired',
  'rejected',
] as const satisfies readonly ChannelStatus[];

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const networksComplete: Complete<Network, (typeof NETWORKS)[number]> = true;
const statusesComplete: Complete<ChannelStatus, (typeof STATUSES)[number]> = true;
void networksComplete;
void statusesComplete;

export function isNetwork(value: string): value is Network {
  return (NETWORKS as readonly string[]).includes(value);
}

export function isStatus(value: string): value is ChannelStatus {
  return (STATUSES as readonly string[]).includes(value);
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
  blog: { mark: 'B', hue: '#b5651d' },
  newsletter: { mark: 'Nl', hue: '#8a5cd0' },
  podcast: { mark: 'P', hue: '#a23fc0' },
  forum: { mark: 'Fo', hue: '#c2410c' },
  own_community: { mark: 'C', hue: '#1f8a83' },
  other: { mark: '·', hue: '#6b7a80' },
};

export const RACI_ROLES = ['responsible', 'accountable', 'consulted', 'informed'] as const satisfies readonly RaciRole[];
const rolesComplete: Complete<RaciRole, (typeof RACI_ROLES)[number]> = true;
void rolesComplete;

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

export const MAX_SCORE = 5;
export const MAX_WEIGHT = 10;

/** The health check's thresholds of a new workspace (Rust's
 *  `HealthSettings::default`): what the screens use until the open
 *  workspace's own are loaded, or when they cannot be. */
export const DEFAULT_HEALTH_SETTINGS: Readonly<HealthSettings> = Object.freeze({
  cmWeeklyHours: 20,
  answerDays: 30,
  ignoredSharePercent: 25,
  staleMeasurementDays: 60,
  lowFit: 2.5,
  highFit: 3.5,
});

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

/** The weighted fit, 0–5, as Rust computes it: the mean of the scores
 *  weighted by their criteria's weights; unscored criteria and weight 0 do
 *  not count; null when nothing counts. */
export function weightedFit(scores: readonly FitScore[], criteria: readonly FitCriterion[]): number | null {
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

/** Statuses in which the organization is, or will be, on a channel. */
export function isInUse(status: ChannelStatus): boolean {
  return status === 'active' || status === 'planned';
}
