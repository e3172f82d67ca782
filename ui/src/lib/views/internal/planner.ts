// The planner's days: what happens on each day of a range — the flows'
// dates as Rust computes them, the campaigns running, the objectives due —
// and what deserves a warning (a meeting on a weekend).
import type { CalendarEntry, Campaign, Holiday, Objective } from '../../bindings';
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
  /** The public holidays the workspace lists on this day. */
  holidays: Holiday[];
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
  holidays: Holiday[],
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
    holidays: holidays.filter((h) => h.date === date),
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

/** A day people do not work: a weekend or a public holiday. */
export function dayOff(day: PlannerDay): boolean {
  return day.weekend || day.holidays.length > 0;
}

/** The flows that meet on a day off among the days shown (not those of
 *  the months around), with the holiday's name when it is one. */
export function meetingsOnDaysOff(days: PlannerDay[]): { date: string; entry: CalendarEntry; holiday: string | null }[] {
  return days
    .filter((d) => dayOff(d) && !d.outside)
    .flatMap((d) => d.flows.map((entry) => ({ date: d.date, entry, holiday: d.holidays[0]?.name ?? null })));
}
