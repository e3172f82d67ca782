// The open workspace's channels, shared by the sidebar (count) and the
// channels view.
import * as api from '../api';
import type { ApiError } from '../api';
import type { Channel } from '../bindings';

export class ChannelStore {
  list = $state<Channel[]>([]);
  loaded = $state(false);
  loadError = $state<ApiError | null>(null);

  totalHours = $derived(
    this.list.reduce((sum, c) => sum + (Number.isFinite(c.weeklyEffortHours) ? c.weeklyEffortHours : 0), 0),
  );

  async load(): Promise<void> {
    try {
      this.list = await api.channelList();
      this.loadError = null;
    } catch (e) {
      this.loadError = api.asApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  upsert(channel: Channel): void {
    const index = this.list.findIndex((c) => c.id === channel.id);
    if (index === -1) this.list.push(channel);
    else this.list[index] = channel;
  }

  remove(id: number): void {
    this.list = this.list.filter((c) => c.id !== id);
  }
}
