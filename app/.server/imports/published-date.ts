const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITHOUT_ZONE = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
// The two zoned forms pages use: ISO 8601 ("2026-03-14T09:30:00+01:00") and HTTP/RFC 1123 ("Sat, 14 Mar 2026 09:30:00 GMT").
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})$/i;
const RFC_1123 = /^[a-z]{3}, \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|UTC|[+-]\d{4})$/i;

/**
 * An ISO 8601 form of a publication date as pages write it, or null when it is not a recognisable date.
 * Dates without a time stay dates ("2026-03-14"); a time without a time zone keeps only its date,
 * because the server's own zone would be a guess. Free-form dates are not guessed at.
 */
export function isoPublicationDate(value: string): string | null {
  const trimmed = value.trim();
  if (DATE_ONLY.test(trimmed)) return isRealDate(trimmed) ? trimmed : null;
  const unzoned = DATE_TIME_WITHOUT_ZONE.exec(trimmed);
  if (unzoned?.[1]) return isoPublicationDate(unzoned[1]);
  if (!ISO_WITH_ZONE.test(trimmed) && !RFC_1123.test(trimmed)) return null;
  const timestamp = Date.parse(trimmed);
  return Number.isNaN(timestamp) ? null : new Date(timestamp).toISOString();
}

/** Rejects dates such as 2026-02-30, which Date would roll over into March. */
function isRealDate(isoDate: string): boolean {
  const timestamp = Date.parse(isoDate);
  return !Number.isNaN(timestamp) && new Date(timestamp).toISOString().startsWith(isoDate);
}
