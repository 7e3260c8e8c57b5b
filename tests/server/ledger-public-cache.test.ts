import { describe, expect, it } from "vitest";
import { publicCache } from "~/.server/http/public-cache";

const version = { tag: "head-1", lastModified: new Date("2025-03-01T10:00:00.750Z") };
const origin = "http://ledger.test";
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${origin}${path}`, { headers });

describe("publicCache", () => {
  it("sends an ETag, Last-Modified to the second and public caching for a short time", () => {
    const headers = publicCache(get("/ledger.json"), version, origin).headers({ "Content-Type": "application/json" });
    expect(headers.get("ETag")).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(headers.get("Last-Modified")).toBe("Sat, 01 Mar 2025 10:00:00 GMT");
    expect(headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(headers.get("Content-Type")).toBe("application/json");
  });

  it("gives each address, each ledger version and each public origin its own ETag", () => {
    const etag = (path: string, tag = "head-1", host = origin) =>
      publicCache(get(path), { ...version, tag }, host)
        .headers()
        .get("ETag");
    expect(etag("/ledger.json")).toBe(etag("/ledger.json"));
    expect(etag("/ledger.json?verdict=2")).not.toBe(etag("/ledger.json"));
    expect(etag("/ledger.csv")).not.toBe(etag("/ledger.json"));
    expect(etag("/ledger.json", "head-2")).not.toBe(etag("/ledger.json"));
    // Absolute links in the body name the origin: a copy made for one host is not another's.
    expect(etag("/ledger.json", "head-1", "https://claims.example")).not.toBe(etag("/ledger.json"));
  });

  it("answers 304 with the validators when the client's ETag is current, weak or strong, in a list or *", async () => {
    const etag = publicCache(get("/ledger.json"), version, origin).headers().get("ETag") ?? "";
    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ""), `"other", ${etag}`, "*"]) {
      const { notModified } = publicCache(get("/ledger.json", { "If-None-Match": ifNoneMatch }), version, origin);
      expect(notModified?.status).toBe(304);
      expect(notModified?.headers.get("ETag")).toBe(etag);
      expect(await notModified?.text()).toBe("");
    }
  });

  it("answers in full when the client's ETag is stale, even if its date is recent", () => {
    const { notModified } = publicCache(
      get("/ledger.json", { "If-None-Match": '"stale"', "If-Modified-Since": "Sun, 02 Mar 2025 00:00:00 GMT" }),
      version,
      origin,
    );
    expect(notModified).toBeNull();
  });

  it("answers in full to If-Modified-Since alone: a reopened claim or an edited scale changes no date", () => {
    for (const date of ["Sat, 01 Mar 2025 10:00:00 GMT", "Sun, 02 Mar 2025 00:00:00 GMT", "not a date"]) {
      expect(
        publicCache(get("/ledger/feed.xml", { "If-Modified-Since": date }), version, origin).notModified,
      ).toBeNull();
    }
  });
});
