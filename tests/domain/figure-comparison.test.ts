import { describe, expect, it } from "vitest";
import { compareFigures } from "~/domain/figure-comparison";

describe("claimed figure against the reference", () => {
  it("shows how far the claim overstates the reference", () => {
    expect(compareFigures(4000, 3100).label).toBe("+29%");
  });

  it("shows an understatement with a minus sign", () => {
    expect(compareFigures(92, 100).label).toBe("−8%");
  });

  it("calls an exact match exact", () => {
    expect(compareFigures(3100, 3100)).toEqual({ difference: 0, ratio: 0, label: "exact" });
  });

  it("gives the plain difference when the reference is zero", () => {
    expect(compareFigures(5, 0)).toMatchObject({ ratio: null, label: "+5" });
  });

  it("does not round a small real difference down to 0%", () => {
    expect(compareFigures(100_001, 100_000).label).toBe("+<0.1%");
  });

  it("measures against the size of a negative reference", () => {
    expect(compareFigures(-50, -100).label).toBe("+50%");
  });
});
