// How many times the window asks Rust when one change to a channel saves
// itself: the real `api.ts`, store and shell over Tauri's mocked IPC, so
// every command the whole window sends is counted.
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { emit } from '@tauri-apps/api/event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEALTH_REPORT } from '../../../test/health-mock';
import { channel, criterion, department, profile, workspaceInfo } from '../../../test/fixtures';
import { DEFAULT_HEALTH_SETTINGS, type Channel, type RecordKind, type SectionCounts, type WorkspaceChange } from '../../bindings';
import { setLocale } from '../../i18n';
import Shell from '../shell/Shell.svelte';

const counts: SectionCounts = { records: { department: 1, channel: 2 }, pendingRecommendations: 0 };

/** Every command the window sent, in order. */
let sent: string[] = [];
let channels: Channel[] = [];

function recordsOf(kind: RecordKind): unknown[] {
  if (kind === 'channel') return channels;
  if (kind === 'department') return [department({ id: 5, name: 'Employment services' })];
  if (kind === 'fit_criterion') return [criterion({ id: 1 })];
  return [];
}

/** Answers like Rust: a saved channel comes back, and the store announces
 *  the one kind it wrote (the name changed; no link did). */
function answer(command: string, args: Record<string, unknown>): unknown {
  switch (command) {
    case 'record_list':
      return recordsOf(args.kind as RecordKind);
    case 'raci_list':
      return [];
    case 'profile_get':
      return profile();
    case 'section_counts':
      return counts;
    case 'health_report':
      return HEALTH_REPORT;
    case 'health_settings_get':
      return DEFAULT_HEALTH_SETTINGS;
    case 'record_update': {
      const stored = args.record as Channel;
      channels = channels.map((c) => (c.id === stored.id ? stored : c));
      const change: WorkspaceChange = { kinds: ['channel'], parts: [], saved: { kind: 'channel', id: stored.id }, counts };
      setTimeout(() => void emit('workspace-changed', change), 0);
      return stored;
    }
    default:
      throw new Error(`this test does not answer ${command}`);
  }
}

beforeEach(() => {
  setLocale('en');
  sent = [];
  channels = [channel({ id: 9, name: 'LinkedIn', ownerDepartmentId: 5 }), channel({ id: 10, name: 'Blog', network: 'blog' })];
  mockIPC(
    (command, args) => {
      sent.push(command);
      return answer(command, (args ?? {}) as Record<string, unknown>);
    },
    { shouldMockEvents: true },
  );
});

afterEach(() => {
  cleanup();
  clearMocks();
});

/** Waits until the window has sent nothing for longer than the autosave's
 *  pause (600 ms) and the health check's (400 ms) together. */
async function settled(): Promise<void> {
  let seen = -1;
  for (let round = 0; round < 10 && sent.length !== seen; round += 1) {
    seen = sent.length;
    await new Promise((resolve) => setTimeout(resolve, 1100));
  }
}

describe('one change to a channel', () => {
  it('costs at most two round trips to Rust: the save and one health check', async () => {
    const user = userEvent.setup();
    render(Shell, { props: { workspace: workspaceInfo({ title: 'Valdoria' }) } });
    await user.click(await screen.findByTestId('nav-channels'));
    // The view is a script of its own, compiled on demand under the test
    // runner beside the shell's other lazy parts: it may take over a second.
    await user.click(await screen.findByText('LinkedIn', {}, { timeout: 5000 }));
    const editor = await screen.findByRole('dialog', { name: 'LinkedIn' });
    await settled();
    sent = [];

    const name = within(editor).getByLabelText(/^Name/);
    await user.type(name, ' — employers');
    await settled();

    expect(sent.filter((c) => !c.startsWith('plugin:'))).toEqual(['record_update', 'health_report']);
    expect(channels.find((c) => c.id === 9)?.name).toBe('LinkedIn — employers');
    expect(screen.getByRole('dialog', { name: 'LinkedIn — employers' })).toBeInTheDocument();
  }, 30_000);
});
