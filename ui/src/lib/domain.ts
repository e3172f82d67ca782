// Runtime lists of the enums in bindings.ts, checked to be complete.
import type { ChannelStatus, Network } from './bindings';

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
