import { formatDay, formatMoment, machineDate } from "~/domain/format";
import { useTimeZone } from "./use-time-zone";

/**
 * A day (1 Mar 2025) or, with `withTime`, a moment (1 Mar 2025, 14:05 GMT), in a <time> element
 * machines can read. Date-only values keep their calendar day in every time zone.
 */
export function DateText({ value, withTime = false }: { value: string | Date; withTime?: boolean }) {
  const timeZone = useTimeZone();
  return (
    <time dateTime={machineDate(value)}>{withTime ? formatMoment(value, timeZone) : formatDay(value, timeZone)}</time>
  );
}
