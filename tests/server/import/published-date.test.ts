import { describe, expect, it } from "vitest";
import { isoPublicationDate } from "~/.server/imports/published-date";

describe("isoPublicationDate", () => {
  it.each([
    ["2026-03-14", "2026-03-14"],
    [" 2026-03-14 ", "2026-03-14"],
    ["2026-03-14T09:30:00+01:00", "2026-03-14T08:30:00.000Z"],
    ["2026-03-14T09:30:00Z", "2026-03-14T09:30:00.000Z"],
    ["2026-03-14T09:30:00.250-05:00", "2026-03-14T14:30:00.250Z"],
    ["Sat, 14 Mar 2026 09:30:00 GMT", "2026-03-14T09:30:00.000Z"],
    // Without a time zone the time is ambiguous, so only the date is kept.
    ["2026-03-14T09:30:00", "2026-03-14"],
    ["2026-03-14 09:30", "2026-03-14"],
    ["2026-03-14T09:30:00+0100", "2026-03-14T08:30:00.000Z"],
  ])("reads %j as %j", (input, expected) => {
    expect(isoPublicationDate(input)).toBe(expected);
  });

  it.each(["", "yesterday", "2026-13-45", "2026-02-30", "14/03/2026", "March 14, 2026", "14/03/2026 maybe"])(
    "rejects %j",
    (input) => {
      expect(isoPublicationDate(input)).toBeNull();
    },
  );
});
