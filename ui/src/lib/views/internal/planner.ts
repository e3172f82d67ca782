// The planner's days: what happens on each day of a range — the flows'
// dates as Rust computes them, the campaigns running, the objectives due —
// and what deserves a warning (a meeting on a weekend).
import type { CalendarEntry, Campaign, Objective } from '../../bindings';
import { addDays, mondayOf, monthWeeks } from '../../dates';
import { parseDay } from '../../format';

export type PlannerView = 'month' | 'week' | 'agenda';

export interface CampaignOnDay {
  campaign: Campaign;
  /** The campaign starts, or ends, on this day. */
  starts: boolean;
  ends: boolean;
}

export interface PlannerDay {
  date: string;
  /** Saturday or Sunday. */
  weekend: boolean;
  /** Outside the month shown (the month view's first and last weeks). */
  outside: boolean;
  flows: CalendarEntry[];
  campaigns: CampaignOnDay[];
  deadlines: Objective[];
}

/** Saturday or Sunday. */
export function isWeekend(day: string): boolean {
  const weekday = parseDay(day)?.getDay();
  return weekday === 0 || weekday === 6;
}

/** The days a view shows around `anchor`: the month's whole weeks (Monday
 *  first), or the anchor's week. */
export function rangeOf(view: 'month' | 'week', anchor: string): { from: string; days: string[] } {
  if (view === 'month') {
    const days = monthWeeks(anchor).flat();
    return { from: days[0] ?? anchor, days };
  }
  const from = mondayOf(anchor);
  return { from, days: Array.from({ length: 7 }, (_x, i) => addDays(from, i)) };
}

/** The anchor moved by one view's step: a month or a week. */
export function step(view: 'month' | 'week', anchor: string, by: number): string {
  if (view === 'week') return addDays(anchor, 7 * by);
  const date = parseDay(anchor) ?? new Date();
  const moved = new Date(date.getFullYear(), date.getMonth() + by, 1);
  return `${moved.getFullYear()}-${String(moved.getMonth() + 1).padStart(2, '0')}-01`;
}

/** Every day of `days`, with what happens on it. `month` ("YYYY-MM") marks
 *  the days outside it. */
export function planDays(
  days: string[],
  entries: CalendarEntry[],
  campaigns: Campaign[],
  objectives: Objective[],
  month: string | null = null,
): PlannerDay[] {
  const flowsOn = new Map<string, CalendarEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const list = flowsOn.get(entry.date) ?? [];
    list.push(entry);
    flowsOn.set(entry.date, list);
  }
  return days.map((date) => ({
    date,
    weekend: isWeekend(date),
    outside: month !== null && date.slice(0, 7) !== month,
    flows: flowsOn.get(date) ?? [],
    campaigns: campaigns
      .filter((c) => {
        const start = c.start ?? c.end;
        const end = c.end ?? c.start;
        return start !== null && end !== null && start <= date && date <= end;
      })
      .map((campaign) => ({ campaign, starts: campaign.start === date, ends: campaign.end === date })),
    deadlines: objectives.filter((o) => o.deadline === date),
  }));
}

/** The flows that meet on a weekend among `days`, each once by day. */
export function weekendMeetings(days: PlannerDay[]): { date: string; entry: CalendarEntry }[] {
  return days.filter((d) => d.weekend && !d.outside).flatMap((d) => d.flows.map((entry) => ({ date: d.date, entry })));
}
