import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvCell } from "~/domain/ledger/csv-cells";

describe("csvCell", () => {
  it.each(['=HYPERLINK("http://evil.example")', "+1+2", "-2+3", "@SUM(A1:A2)", "\tindent", "\rreturn"])(
    "neutralises %j so a spreadsheet shows it as text",
    (value) => {
      expect(csvCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text, empty text and formula characters inside the text alone", () => {
    expect(csvCell("The city planted 12,000 trees")).toBe("The city planted 12,000 trees");
    expect(csvCell("a = b + c")).toBe("a = b + c");
    expect(csvCell("")).toBe("");
  });

  it("writes numbers, booleans and missing values plainly; a negative figure is data", () => {
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
  });

  it("survives a round trip through the CSV writer with commas, quotes and line breaks intact", () => {
    const cells = [csvCell('He said "no", twice'), csvCell("line one\nline two"), csvCell("=1+1"), csvCell("a,b")];
    const text = stringify([cells]);
    expect(text).toBe('"He said ""no"", twice","line one\nline two",\'=1+1,"a,b"\n');
    expect(parse(text)).toEqual([['He said "no", twice', "line one\nline two", "'=1+1", "a,b"]]);
  });
});
