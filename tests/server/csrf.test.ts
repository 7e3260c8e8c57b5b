import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "~/.server/http/csrf";

const own = "https://claims.example.org";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("cross-site request refusal", () => {
  it("refuses a form post from another site", () => {
    expect(isCrossSiteRequest("POST", headers({ Origin: "https://evil.example" }), own)).toBe(true);
    expect(isCrossSiteRequest("DELETE", headers({ Origin: "http://claims.example.org" }), own)).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ "Sec-Fetch-Site": "cross-site" }), own)).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ "Sec-Fetch-Site": "same-site" }), own)).toBe(true);
  });

  it("accepts a post from the app itself and from scripts that send no Origin", () => {
    expect(isCrossSiteRequest("POST", headers({ Origin: own }), own)).toBe(false);
    expect(isCrossSiteRequest("POST", headers({}), own)).toBe(false);
  });

  it("never blocks reading a page", () => {
    expect(isCrossSiteRequest("GET", headers({ Origin: "https://evil.example" }), own)).toBe(false);
  });
});
