import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "~/domain/ledger/cursor";

describe("ledger cursor", () => {
  it("round-trips the sort key, with the rank when the list is ranked", () => {
    const plain = { publishedAt: "2025-03-01T10:00:00.123456Z", claimId: 42 };
    expect(decodeCursor(encodeCursor(plain), false)).toEqual(plain);
    const ranked = { ...plain, rank: 0.10000000149011612 };
    expect(decodeCursor(encodeCursor(ranked), true)).toEqual(ranked);
  });

  it("is URL-safe", () => {
    expect(encodeCursor({ publishedAt: "2025-03-01T10:00:00.999999Z", claimId: 2 ** 31 - 1, rank: 1 / 3 })).toMatch(
      /^[\w-]+$/,
    );
  });

  it("refuses a cursor that was tampered with or belongs to the other kind of list", () => {
    const plain = encodeCursor({ publishedAt: "2025-03-01T10:00:00Z", claimId: 1 });
    for (const [text, ranked] of [
      ["nonsense!", false],
      [plain, true],
      [encodeCursor({ publishedAt: "2025-03-01T10:00:00Z", claimId: 1, rank: 0.5 }), false],
      [btoa(JSON.stringify(["not a date", 1])), false],
      [btoa(JSON.stringify(["2025-03-01T10:00:00Z", -1])), false],
    ] as const) {
      expect(() => decodeCursor(text, ranked)).toThrow(expect.objectContaining({ status: 422 }));
    }
  });

  it("accepts only the time as the list writes it, and a rank a real can hold, so Postgres never errs on it", () => {
    const doctored = (publishedAt: unknown, rank?: unknown) =>
      btoa(JSON.stringify(rank === undefined ? [publishedAt, 1] : [publishedAt, 1, rank]));
    for (const publishedAt of [
      "1",
      "2025",
      "2025-03-01",
      "2025-03-01T10:00:00Z",
      "2025-03-01T10:00:00.123Z",
      "2025-03-01 10:00:00.123456+00",
      "2025-02-30T10:00:00.000000Z",
      "2025-13-01T10:00:00.000000Z",
      "2025-03-01T24:00:00.000000Z",
      "0000-03-01T10:00:00.000000Z",
      " 2025-03-01T10:00:00.000000Z",
      "2025-03-01T10:00:00.000000Z\n",
      20250301,
    ]) {
      expect(() => decodeCursor(doctored(publishedAt), false), String(publishedAt)).toThrow(
        expect.objectContaining({ status: 422 }),
      );
    }
    const time = "2024-02-29T23:59:59.999999Z";
    expect(decodeCursor(doctored(time), false)).toEqual({ publishedAt: time, claimId: 1 });
    for (const rank of [-1, 1e31, 1e300, 1e-50, 1e-31, "0.5", null]) {
      expect(() => decodeCursor(doctored(time, rank), true), String(rank)).toThrow(
        expect.objectContaining({ status: 422 }),
      );
    }
    expect(decodeCursor(doctored(time, 0), true)).toEqual({ publishedAt: time, claimId: 1, rank: 0 });
    expect(decodeCursor(doctored(time, 1e30), true)).toMatchObject({ rank: 1e30 });
    expect(decodeCursor(doctored(time, 1e-30), true)).toMatchObject({ rank: 1e-30 });
  });
});
