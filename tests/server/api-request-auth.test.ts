import { describe, expect, it } from "vitest";
import { bearerTokenOf } from "~/.server/api/api-auth";
import { isBearerApiRequest, isCrossSiteRequest } from "~/.server/http/csrf";

const own = "https://claims.example.org";

/** What the server's cross-site middleware decides (app/.server/http/express-app.ts). */
const refused = (method: string, path: string, entries: Record<string, string>) => {
  const headers = new Headers(entries);
  return !isBearerApiRequest(path, headers) && isCrossSiteRequest(method, headers, own);
};

describe("the API's bearer token", () => {
  it("is read from Authorization: Bearer <token>, in any case of the word Bearer", () => {
    expect(bearerTokenOf("Bearer cd_abc-DEF_123")).toBe("cd_abc-DEF_123");
    expect(bearerTokenOf("bearer  cd_abc ")).toBe("cd_abc");
  });

  it("is absent without the header, and invalid (no cookie fallback) for any other scheme or shape", () => {
    expect(bearerTokenOf(null)).toBeUndefined();
    expect(bearerTokenOf("Basic dXNlcjpwdw==")).toBeNull();
    expect(bearerTokenOf("Bearer")).toBeNull();
    expect(bearerTokenOf("Bearer two words")).toBeNull();
    expect(bearerTokenOf(`Bearer ${"a".repeat(513)}`)).toBeNull();
  });
});

describe("cross-site refusal for the API", () => {
  it("lets a bearer-token call to the API through from any origin", () => {
    const call = { Origin: "https://cms.newsroom.example", Authorization: "Bearer cd_x" };
    expect(refused("POST", "/api/v1/claims/4/transitions", call)).toBe(false);
    expect(refused("POST", "/api/v1/articles", { "Sec-Fetch-Site": "cross-site", Authorization: "Bearer cd_x" })).toBe(
      false,
    );
  });

  it("checks the address as the router reads it: dot segments out of /api/ lose the exemption", () => {
    const call = { Origin: "https://evil.example", Authorization: "Bearer cd_x" };
    expect(refused("POST", "/api/../claims/5", call)).toBe(true);
    expect(refused("POST", "/api/%2e%2e/claims/5", call)).toBe(true);
  });

  it("still refuses a cookie-authenticated API post from another site", () => {
    expect(refused("POST", "/api/v1/articles", { Origin: "https://evil.example" })).toBe(true);
    expect(refused("POST", "/api/v1/articles", { Origin: "https://evil.example", Authorization: "Basic eDp5" })).toBe(
      true,
    );
    expect(refused("POST", "/api/v1/articles", { Origin: own })).toBe(false);
  });

  it("never lets a bearer header excuse a post to the pages, which go by the cookie", () => {
    expect(refused("POST", "/admin/users", { Origin: "https://evil.example", Authorization: "Bearer cd_x" })).toBe(
      true,
    );
  });
});
