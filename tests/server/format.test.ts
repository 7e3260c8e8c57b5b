import { describe, expect, it, vi } from "vitest";
import { readConfig } from "~/.server/config";
import { dayIn, formatCount, formatDay, formatFigure, formatMoment, isTimeZone, machineDate } from "~/domain/format";

describe("dates and numbers as every page writes them", () => {
  it("keeps a calendar day on its day in any newsroom time zone", () => {
    expect(formatDay("2025-03-01", "America/New_York")).toBe("1 Mar 2025");
    expect(formatDay("2025-03-01", "Pacific/Kiritimati")).toBe("1 Mar 2025");
    expect(machineDate("2025-03-01")).toBe("2025-03-01");
  });

  it("writes a moment on the newsroom's day and clock, naming the zone", () => {
    const lateEvening = "2025-03-01T03:30:00.000Z"; // 22:30 on 28 Feb in New York
    expect(formatDay(lateEvening, "America/New_York")).toBe("28 Feb 2025");
    expect(formatDay(lateEvening, "Europe/London")).toBe("1 Mar 2025");
    expect(formatMoment(lateEvening, "America/New_York")).toBe("28 Feb 2025, 22:30 GMT-5");
    expect(formatMoment(lateEvening, "UTC")).toBe("1 Mar 2025, 03:30 UTC");
    expect(machineDate(new Date(lateEvening))).toBe(lateEvening);
  });

  it("knows the newsroom's today", () => {
    expect(dayIn(new Date("2025-03-01T03:30:00Z"), "America/New_York")).toBe("2025-02-28");
    expect(dayIn(new Date("2025-03-01T03:30:00Z"), "Asia/Tokyo")).toBe("2025-03-01");
  });

  it("refuses a time zone that does not exist", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(readConfig({}).NEWSROOM_TZ).toBe("UTC");
    expect(readConfig({ NEWSROOM_TZ: "Europe/London" }).NEWSROOM_TZ).toBe("Europe/London");
    expect(() => readConfig({ NEWSROOM_TZ: "Mars/Olympus_Mons" })).toThrow(/NEWSROOM_TZ must be an IANA time zone/);
  });

  it("writes in the newsroom's time zone as soon as the setting changes", () => {
    vi.stubEnv("NEWSROOM_TZ", "Asia/Tokyo");
    try {
      expect(readConfig().NEWSROOM_TZ).toBe("Asia/Tokyo");
      vi.stubEnv("NEWSROOM_TZ", "America/New_York");
      expect(readConfig().NEWSROOM_TZ).toBe("America/New_York");
      vi.stubEnv("NEWSROOM_TZ", "Mars/Olympus_Mons");
      expect(() => readConfig()).toThrow(/NEWSROOM_TZ must be an IANA time zone/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("groups thousands and drops float noise", () => {
    expect(formatCount(12345)).toBe("12,345");
    expect(formatFigure(4000)).toBe("4,000");
    expect(formatFigure(0.1 + 0.2)).toBe("0.3");
  });
});
