// The open workspace's channels, shared by the channels view, the audiences
// (links), the departments (owner) and the brand-fit matrix.
import * as api from '../api';
import type { Channel } from '../bindings';
import { Collection } from './collection.svelte';

export class ChannelStore extends Collection<Channel> {
  totalHours = $derived(
    this.list.reduce((sum, c) => sum + (Number.isFinite(c.weeklyEffortHours) ? c.weeklyEffortHours : 0), 0),
  );

  constructor() {
    super(() => api.channelList());
  }
}
