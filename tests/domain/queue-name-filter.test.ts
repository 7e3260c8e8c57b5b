import { describe, expect, it } from "vitest";
import { nameFilterAsk, pickFound } from "~/domain/queue-name-filter";

const row = (id: number, exact = false) => ({ id, name: `Speaker ${id}`, exact });

describe("reading a speaker or article filter from the queue's form", () => {
  it("keeps a link's id, and the chosen one while its name is still in the field", () => {
    expect(nameFilterAsk(12, null, "Ana Minister")).toEqual({ id: 12 });
    expect(nameFilterAsk(12, "Ana Minister", "Ana Minister")).toEqual({ id: 12 });
    expect(nameFilterAsk(null, null, null)).toEqual({ id: null });
  });

  it("asks for any when the field was emptied, and looks up text that was changed or typed afresh", () => {
    expect(nameFilterAsk(12, "", "Ana Minister")).toEqual({ id: null });
    expect(nameFilterAsk(null, "", null)).toEqual({ id: null });
    expect(nameFilterAsk(12, "Ana", "Ana Minister")).toEqual({ find: "Ana" });
    expect(nameFilterAsk(null, "Ana Minister", null)).toEqual({ find: "Ana Minister" });
    // A link to a speaker that is gone, typed over.
    expect(nameFilterAsk(12, "Ben", null)).toEqual({ find: "Ben" });
  });
});

describe("what typed text found", () => {
  it("chooses the only match", () => {
    expect(pickFound([row(1)], 1)).toEqual({ kind: "one", row: row(1) });
  });

  it("chooses the only one named exactly so, even when the name is part of others", () => {
    expect(pickFound([row(2, true), row(1), row(3)], 3)).toEqual({ kind: "one", row: row(2, true) });
  });

  it("offers the matches when several are, saying how many more there are", () => {
    expect(pickFound([row(1), row(2)], 2)).toEqual({ kind: "several", choices: [row(1), row(2)], more: 0 });
    expect(pickFound([row(1, true), row(2, true), row(3)], 25)).toEqual({
      kind: "several",
      choices: [row(1, true), row(2, true), row(3)],
      more: 22,
    });
  });

  it("finds none when nothing matches", () => {
    expect(pickFound([], 0)).toEqual({ kind: "none" });
  });
});
