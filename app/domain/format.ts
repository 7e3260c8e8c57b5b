// The one way Claimdesk writes dates and numbers, so every page (and the server's render and the
// reader's browser) says the same thing. A date-only value (said on, due on) is a calendar day and
// is written in UTC so it never moves to the day before west of Greenwich; a moment (checked,
// published, a comment) is written in the newsroom's time zone (NEWSROOM_TZ).

const LOCALE = "en-GB";
const DAY_OPTIONS = { day: "numeric", month: "short", year: "numeric" } as const;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const momentFormats = new Map<string, Intl.DateTimeFormat>();
const isoDayFormats = new Map<string, Intl.DateTimeFormat>();
const counts = new Intl.NumberFormat(LOCALE);
const figures = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6 });

export const DEFAULT_TIME_ZONE = "UTC";

/** Whether `timeZone` is an IANA zone this runtime knows (Europe/London, America/New_York, UTC). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A calendar day such as 2025-03-01, as opposed to a moment with a time. */
export function isDateOnly(value: string | Date): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function cached(formats: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formats.set(timeZone, format);
  }
  return format;
}

/** "1 Mar 2025": a date-only value as its own day; a moment as its day in the newsroom's zone. */
export function formatDay(value: string | Date, timeZone: string): string {
  if (isDateOnly(value)) return cached(dayFormats, "UTC", DAY_OPTIONS).format(new Date(`${value}T00:00:00Z`));
  return cached(dayFormats, timeZone, DAY_OPTIONS).format(new Date(value));
}

/** "1 Mar 2025, 14:05 GMT": a moment in the newsroom's zone, with the zone named. */
export function formatMoment(value: string | Date, timeZone: string): string {
  return cached(momentFormats, timeZone, {
    ...DAY_OPTIONS,
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(value));
}

/** The machine-readable form for a <time dateTime>: the day itself, or the moment in UTC. */
export function machineDate(value: string | Date): string {
  return isDateOnly(value) ? value : new Date(value).toISOString();
}

/** "12,345": a count of things. */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "4,000" or "3.25": a figure as said, without float noise. */
export function formatFigure(n: number): string {
  return figures.format(n);
}

/** The YYYY-MM-DD day a moment falls on in `timeZone`: the newsroom's "today" for due dates. */
export function dayIn(moment: Date, timeZone: string): string {
  const parts = cached(isoDayFormats, timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    moment,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
