import { describe, expect, it } from "vitest";
import { CHART_WIDTH, percentLabel, ROW_HEIGHT, verdictChart } from "~/domain/ledger/verdict-chart";

const count = (label: string, value: number, index: number) => ({
  ratingId: index,
  label,
  colour: "#000000",
  count: value,
});

describe("verdict chart geometry", () => {
  it("gives each rating a row with its count and share, bars in proportion", () => {
    const { rows, total } = verdictChart([count("True", 30, 1), count("False", 10, 2), count("Unproven", 0, 3)]);
    expect(total).toBe(40);
    expect(rows.map((row) => [row.label, row.caption, row.barWidth])).toEqual([
      ["True", "30 · 75%", CHART_WIDTH * 0.75],
      ["False", "10 · 25%", CHART_WIDTH * 0.25],
      ["Unproven", "0 · 0%", 0],
    ]);
    expect(rows[1]?.labelY).toBe((rows[0]?.labelY ?? 0) + ROW_HEIGHT);
    expect(rows.every((row) => row.barY > row.labelY)).toBe(true);
  });

  it("keeps a tiny share visible and says it is under one per cent", () => {
    const { rows } = verdictChart([count("True", 999, 1), count("False", 1, 2)]);
    expect(rows[1]?.barWidth).toBeGreaterThan(0);
    expect(rows[1]?.caption).toBe("1 · <1%");
    expect(percentLabel(0.996)).toBe("100%");
  });

  it("draws an empty ledger without dividing by zero", () => {
    const { rows, total, height } = verdictChart([count("True", 0, 1)]);
    expect(total).toBe(0);
    expect(rows[0]).toMatchObject({ share: 0, barWidth: 0, caption: "0 · 0%" });
    expect(height).toBeGreaterThan(0);
  });
});
