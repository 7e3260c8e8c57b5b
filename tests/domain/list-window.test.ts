import { describe, expect, it } from "vitest";
import { listWindow } from "~/domain/list-window";

describe("the part of a long claim list shown around the selection", () => {
  it("shows a short list whole", () => {
    expect(listWindow(40, 30, 100)).toEqual({ from: 0, to: 40 });
  });

  it("centres the selected item and stays inside the list", () => {
    expect(listWindow(2000, 1000, 100)).toEqual({ from: 950, to: 1050 });
    expect(listWindow(2000, 10, 100)).toEqual({ from: 0, to: 100 });
    expect(listWindow(2000, 1995, 100)).toEqual({ from: 1900, to: 2000 });
  });
});
