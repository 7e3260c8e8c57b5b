import { describe, expect, it } from "vitest";
import { parseAllowInternal } from "~/.server/fetch/guarded-fetch";

describe("parseAllowInternal", () => {
  it("is empty when the setting is missing or blank", () => {
    expect(parseAllowInternal(undefined)).toEqual([]);
    expect(parseAllowInternal("")).toEqual([]);
    expect(parseAllowInternal(" , ")).toEqual([]);
  });

  it("reads comma-separated host:port pairs, trimming spaces", () => {
    expect(parseAllowInternal("archive.newsroom.internal:8080, 10.0.0.5:80 ,[::1]:3000")).toEqual([
      "archive.newsroom.internal:8080",
      "10.0.0.5:80",
      "[::1]:3000",
    ]);
  });

  it("canonicalises host names, IP spellings and ports", () => {
    expect(parseAllowInternal("Archive.Newsroom.Internal:08080,127.1:80,[0:0:0:0:0:0:0:1]:443")).toEqual([
      "archive.newsroom.internal:8080",
      "127.0.0.1:80",
      "[::1]:443",
    ]);
  });

  it.each([
    "archive.newsroom.internal",
    "archive:",
    ":8080",
    "archive:0",
    "archive:65536",
    "archive:http",
    "http://archive:8080",
    "::1:8080",
    "archive:8080/path",
    "user@archive:8080",
  ])("refuses %j with an explanation", (entry) => {
    expect(() => parseAllowInternal(entry)).toThrow(`"${entry}" is not a valid internal address: expected host:port`);
  });
});
