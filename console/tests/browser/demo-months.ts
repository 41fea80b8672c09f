/**
 * Dates and months of the demo data for the browser tests, computed from today in
 * Europe/Brussels (never a fixed date), and the months a declarant has flexi-jobbers in.
 */
import type { Page } from "playwright-core";
import { todayInBrussels } from "../../src/submissions/wizard/memory";
import { api } from "./support";

/** Today in Europe/Brussels, as the wizard itself reckons it. */
export { todayInBrussels };

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The calendar month `back` months before today's. */
export function monthBefore(today: string, back: number): { start: string; end: string } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - back, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10) };
}

/** The employer the signed-in declarant declares for (FLEXI_AT_WORK). */
export async function declarantEmployerId(page: Page): Promise<string> {
  const me = await api<{ me: { grants: { permission: string; employer: { id: string } }[] } }>(
    page,
    "{ me { grants { permission employer { id } } } }",
  );
  return me.me.grants.find((g) => g.permission === "FLEXI_AT_WORK")!.employer.id;
}

/**
 * The latest whole month before this one (from 2025) in which the signed-in declarant's
 * employer has at least `count` flexi-jobbers; `skip` such months are passed over first.
 */
export async function monthWithFlexiJobbers(
  page: Page,
  count: number,
  skip = 0,
): Promise<{ start: string; end: string }> {
  const employer = await declarantEmployerId(page);
  let found = 0;
  for (let back = 1; back <= 24; back++) {
    const month = monthBefore(todayInBrussels(), back);
    if (month.start < "2025-01-01") break;
    const data = await api<{ flexiJobbers: { id: string }[] }>(
      page,
      "query($e: ID!, $f: Date!, $t: Date!) { flexiJobbers(employerId: $e, from: $f, to: $t) { id } }",
      { e: employer, f: month.start, t: month.end },
    );
    if (data.flexiJobbers.length >= count && found++ === skip) return month;
  }
  throw new Error(`no month with ${count} flexi-jobbers in the demo data`);
}
