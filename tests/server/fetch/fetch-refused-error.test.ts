import { describe, expect, it } from "vitest";
import { describeDuration, describeSize, FetchRefusedError } from "~/.server/fetch/fetch-refused-error";

describe("FetchRefusedError", () => {
  it("is an Error carrying a code and, for HTTP failures, the status", () => {
    const error = new FetchRefusedError("http-status", "The site could not serve it.", 404);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("FetchRefusedError");
    expect(error.code).toBe("http-status");
    expect(error.status).toBe(404);
  });
});

describe("describeSize", () => {
  it.each([
    [5 * 1024 * 1024, "5 MB"],
    [1.5 * 1024 * 1024, "1.5 MB"],
    [1024, "1 KB"],
    [64 * 1024, "64 KB"],
    [1000, "1000 bytes"],
    [1, "1 byte"],
  ])("describes %i bytes as %s", (bytes, text) => {
    expect(describeSize(bytes)).toBe(text);
  });
});

describe("describeDuration", () => {
  it.each([
    [10_000, "10 seconds"],
    [1000, "1 second"],
    [200, "0.2 seconds"],
  ])("describes %i ms as %s", (ms, text) => {
    expect(describeDuration(ms)).toBe(text);
  });
});
