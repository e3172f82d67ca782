import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupInfo } from '../test/fixtures';
import { backupFolderName, newestFirst, sizeParts } from './backups';
import { fileNameOf } from './paths';
import { formatDateTime } from './format';
import { app, NOTICE_SECONDS } from './state/app.svelte';

describe('backups as the window shows them', () => {
  it('names the folder beside the workspace after its file', () => {
    expect(backupFolderName('Plan 2027.rumbo')).toBe('Plan 2027.rumbo-backups');
    expect(backupFolderName('plan.v2.rumbo')).toBe('plan.v2.rumbo-backups');
    expect(backupFolderName('.rumbo')).toBe('.rumbo.rumbo-backups');
  });

  it('takes the file name of a path with either separator', () => {
    expect(fileNameOf('/home/lucia/Plan.rumbo.damaged-2026')).toBe('Plan.rumbo.damaged-2026');
    expect(fileNameOf('C:\\Users\\lucia\\Plan.rumbo')).toBe('Plan.rumbo');
  });

  it('writes sizes in KB or MB with the language’s decimal mark', () => {
    expect(sizeParts(300, 'en')).toEqual({ size: '1', unit: 'kb' });
    expect(sizeParts(245_760, 'en')).toEqual({ size: '240', unit: 'kb' });
    expect(sizeParts(1_572_864, 'en')).toEqual({ size: '1.5', unit: 'mb' });
    expect(sizeParts(1_572_864, 'es')).toEqual({ size: '1,5', unit: 'mb' });
  });

  it('writes the time in the reader’s language, and keeps what it cannot read', () => {
    const en = formatDateTime('2026-05-11T09:30:12.123Z', 'en');
    const es = formatDateTime('2026-05-11T09:30:12.123Z', 'es');
    expect(en).toMatch(/May 2026/);
    expect(es).toMatch(/may 2026/);
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });

  it('sorts newest first', () => {
    const a = backupInfo({ path: '/a', takenAt: '2026-05-01T10:00:00.000Z' });
    const b = backupInfo({ path: '/b', takenAt: '2026-05-03T10:00:00.000Z' });
    const c = backupInfo({ path: '/c', takenAt: '2026-05-02T10:00:00.000Z' });
    expect(newestFirst([a, b, c]).map((x) => x.path)).toEqual(['/b', '/c', '/a']);
  });
});

describe('success notices', () => {
  afterEach(() => {
    vi.useRealTimers();
    app.reset();
  });

  it('go after a few seconds, but not while held', () => {
    vi.useFakeTimers();
    app.showNotice({ key: 'backups.notice.made' });
    vi.advanceTimersByTime(NOTICE_SECONDS * 1000 - 1);
    expect(app.notice?.key).toBe('backups.notice.made');
    vi.advanceTimersByTime(1);
    expect(app.notice).toBeNull();

    app.showNotice({ key: 'backups.notice.made' });
    app.holdNotice();
    vi.advanceTimersByTime(NOTICE_SECONDS * 5000);
    expect(app.notice).not.toBeNull();
    app.releaseNotice();
    vi.advanceTimersByTime(NOTICE_SECONDS * 1000);
    expect(app.notice).toBeNull();
  });
});
