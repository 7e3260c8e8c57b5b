import { describe, expect, it } from "vitest";
import {
  describeImportProgress,
  formatDuration,
  type ImportProgress,
  importRate,
  secondsLeft,
} from "~/domain/bulk-import/progress";

const start = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const running: ImportProgress = {
  status: "running",
  total: 2000,
  processed: 1234,
  failed: 3,
  duplicates: 12,
  startedAt: start,
  finishedAt: null,
};

describe("import progress", () => {
  it("measures the rate since the start and the time left at that rate", () => {
    const rate = importRate(running, at(20));
    expect(rate).toBeCloseTo(61.7);
    expect(secondsLeft(running, rate)).toBeCloseTo(766 / 61.7, 1);
  });

  it("has no rate before the first row or before the start", () => {
    expect(importRate({ ...running, processed: 0 }, at(5))).toBeNull();
    expect(importRate({ ...running, startedAt: null }, at(5))).toBeNull();
    expect(importRate(running, start)).toBeNull();
    expect(secondsLeft(running, null)).toBeNull();
  });

  it("measures a finished job up to its end, not up to now", () => {
    expect(importRate({ ...running, status: "done", processed: 2000, finishedAt: at(40) }, at(4000))).toBe(50);
  });

  it.each([
    [0.2, "1 s"],
    [20.4, "20 s"],
    [59.4, "59 s"],
    [61, "1 min"],
    [150, "3 min"],
    [3600, "1 h"],
    [3900, "1 h 5 min"],
  ])("writes %f seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("describes a running job in one line", () => {
    expect(describeImportProgress({ ...running, processed: 1234 }, at(27.42))).toBe(
      "1,234 of 2,000 — 3 errors, 12 duplicates — 45 articles/s — about 17 s left",
    );
  });

  it("gives a slow rate one decimal and singular counts", () => {
    expect(describeImportProgress({ ...running, processed: 9, failed: 1, duplicates: 1 }, at(4))).toBe(
      "9 of 2,000 — 1 error, 1 duplicate — 2.3 articles/s — about 15 min left",
    );
  });

  it("describes a job handed back by a stopping server", () => {
    expect(describeImportProgress({ ...running, status: "queued" }, at(1))).toBe(
      "1,234 of 2,000 — 3 errors, 12 duplicates — waiting to resume",
    );
  });

  it("describes a queued job and a finished one", () => {
    expect(describeImportProgress({ ...running, status: "queued", startedAt: null, processed: 0 }, at(1))).toBe(
      "Waiting to start — 2,000 rows",
    );
    expect(describeImportProgress({ ...running, status: "done", processed: 2000, finishedAt: at(40) }, at(100))).toBe(
      "2,000 of 2,000 — 3 errors, 12 duplicates — 50 articles/s — finished after 40 s",
    );
  });
});
