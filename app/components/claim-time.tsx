// Times are shown in UTC, so the server's render and the browser's agree whatever their time zones.
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** A day (18 Jan 2025) or, with `withTime`, a moment (18 Jan 2025, 14:05 UTC), in a <time> element. */
export function TimeText({ value, withTime = false }: { value: string | Date; withTime?: boolean }) {
  const date = new Date(value);
  return (
    <time dateTime={withTime ? date.toISOString() : date.toISOString().slice(0, 10)}>
      {withTime ? `${timeFormat.format(date)} UTC` : dayFormat.format(date)}
    </time>
  );
}
