import { describe, expect, it } from "vitest";
import { bodyLimitError, bodyLimitFor, routePath } from "~/.server/http/body-limits";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";

describe("the path a body limit is chosen by", () => {
  it("is the one the router matches, however it is spelled", () => {
    for (const target of [
      "/login",
      "/LOGIN",
      "/login/",
      "/login.data",
      "/%6cogin",
      "/articles/../login",
      "/login?redirectTo=/x",
    ]) {
      expect(routePath(target), target).toBe("/login");
    }
    expect(routePath("/articles%2Fnew")).toBe("/articles%2fnew");
    expect(routePath("/_root.data")).toBe("/_root");
  });
});

describe("per-route body limits", () => {
  it("gives sign-in a few KB, articles room for a URL-encoded 1 MB article, bulk files their documented 50 MB", () => {
    expect(bodyLimitFor("/login").bytes).toBe(4 * 1024);
    expect(bodyLimitFor("/articles/12/edit").bytes).toBeGreaterThanOrEqual(3 * MAX_ARTICLE_BYTES);
    expect(bodyLimitFor("/articles/new?via=file").bytes).toBeGreaterThan(5_000_000);
    expect(bodyLimitFor("/imports?index").bytes).toBeGreaterThan(50_000_000);
    expect(bodyLimitFor("/api/v1/articles").bytes).toBe(3 * MAX_ARTICLE_BYTES);
    expect(bodyLimitFor("/queue").bytes).toBe(64 * 1024);
  });

  it("refuses a body over the limit (413) or of unknown length outside the API (411), before reading it", () => {
    expect(bodyLimitError("/login", { contentLength: "5000" })).toMatchObject({ status: 413, code: "too_large" });
    expect(bodyLimitError("/login", { contentLength: "300" })).toBeNull();
    expect(bodyLimitError("/login", {})).toBeNull();
    expect(bodyLimitError("/login", { transferEncoding: "chunked" })).toMatchObject({ status: 411 });
    expect(bodyLimitError("/api/v1/articles", { transferEncoding: "chunked" })).toBeNull();
  });
});
