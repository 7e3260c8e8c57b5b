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
});
