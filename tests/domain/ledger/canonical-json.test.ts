import { describe, expect, it } from "vitest";
import { canonicalJson } from "~/domain/ledger/canonical-json";

describe("canonical JSON", () => {
  it("sorts keys at every depth and leaves out whitespace and undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" }, e: undefined })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("gives the same text for the same value however its keys were ordered", () => {
    const value = { claimId: 7, document: { text: "Ça coûte 4 000 €", verdict: { summary: 'He said "no"\n' } } };
    const reordered = JSON.parse(
      JSON.stringify({ document: { verdict: value.document.verdict, text: value.document.text }, claimId: 7 }),
    );
    expect(canonicalJson(reordered)).toBe(canonicalJson(value));
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it("writes numbers as JSON does and refuses ones JSON cannot hold", () => {
    expect(canonicalJson([1.5, -0, 1e21, 0.1])).toBe("[1.5,0,1e+21,0.1]");
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ big: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });
});
