import { z } from "zod";

// Days as people type them and as Postgres writes them (YYYY-MM-DD). Only days that exist are taken:
// Postgres refuses 30 February and the year 0 with an error, so they must never reach it.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a YYYY-MM-DD day that is on the calendar, from 0001-01-01 to 9999-12-31. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DAY_FORMAT_MESSAGE = "Use a date like 2025-01-18.";

/** A day typed as YYYY-MM-DD that exists (not 2025-02-30, not 2025-13-45). */
export const calendarDay = z.string(DAY_FORMAT_MESSAGE).refine(isCalendarDay, DAY_FORMAT_MESSAGE);

/** The YYYY-MM-DD day a moment falls on, in UTC. */
const utcDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** Days from a YYYY-MM-DD day: `addDays("2025-02-27", 3)` is "2025-03-02". */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}
