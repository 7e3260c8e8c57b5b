import { describe, expect, it } from "vitest";
import { publicCache } from "~/.server/http/public-cache";

const version = { tag: "head-1", lastModified: new Date("2025-03-01T10:00:00.750Z") };
const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://ledger.test${path}`, { headers });

describe("publicCache", () => {
  it("sends an ETag, Last-Modified to the second and public caching for a short time", () => {
    const headers = publicCache(get("/ledger.json"), version).headers({ "Content-Type": "application/json" });
    expect(headers.get("ETag")).toMatch(/^W\/"[0-9a-f]{32}"$/);
    expect(headers.get("Last-Modified")).toBe("Sat, 01 Mar 2025 10:00:00 GMT");
    expect(headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(headers.get("Content-Type")).toBe("application/json");
  });

  it("gives each address and each ledger version its own ETag", () => {
    const etag = (path: string, tag = "head-1") =>
      publicCache(get(path), { ...version, tag })
        .headers()
        .get("ETag");
    expect(etag("/ledger.json")).toBe(etag("/ledger.json"));
    expect(etag("/ledger.json?verdict=2")).not.toBe(etag("/ledger.json"));
    expect(etag("/ledger.csv")).not.toBe(etag("/ledger.json"));
    expect(etag("/ledger.json", "head-2")).not.toBe(etag("/ledger.json"));
  });

  it("answers 304 with the validators when the client's ETag is current, weak or strong, in a list or *", async () => {
    const etag = publicCache(get("/ledger.json"), version).headers().get("ETag") ?? "";
    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ""), `"other", ${etag}`, "*"]) {
      const { notModified } = publicCache(get("/ledger.json", { "If-None-Match": ifNoneMatch }), version);
      expect(notModified?.status).toBe(304);
      expect(notModified?.headers.get("ETag")).toBe(etag);
      expect(await notModified?.text()).toBe("");
    }
  });

  it("answers in full when the client's ETag is stale, even if its date is recent", () => {
    const { notModified } = publicCache(
      get("/ledger.json", { "If-None-Match": '"stale"', "If-Modified-Since": "Sun, 02 Mar 2025 00:00:00 GMT" }),
      version,
    );
    expect(notModified).toBeNull();
  });

  it("uses If-Modified-Since when no ETag is sent", () => {
    const since = (date: string) =>
      publicCache(get("/ledger/feed.xml", { "If-Modified-Since": date }), version).notModified?.status ?? 200;
    expect(since("Sat, 01 Mar 2025 10:00:00 GMT")).toBe(304);
    expect(since("Sat, 01 Mar 2025 09:59:59 GMT")).toBe(200);
    expect(since("not a date")).toBe(200);
    expect(
      publicCache(get("/ledger.json", { "If-Modified-Since": "Sat, 01 Mar 2025 10:00:00 GMT" }), {
        tag: "empty",
        lastModified: null,
      }).notModified,
    ).toBeNull();
  });
});
