import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "~/.server/users/user-accounts";
import { startServerInProcess } from "../helpers/app-in-process";
import { ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The Express edge as a reader, a signed-in checker and an attacker meet it over real HTTP: proxy
// headers, public links, redirects after sign-in, security headers and body limits.

const PASSWORD = "edge password 123";
const EMAIL = "edge.checker@paper.test";

type Server = Awaited<ReturnType<typeof startServerInProcess>>;

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await createUser(database.db, null, {
    email: EMAIL,
    displayName: "Edge Checker",
    role: "checker",
    password: PASSWORD,
  });
  const newsroom = await ledgerNewsroom(database.db);
  const claim = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await newsroom.publish(claim, { rating: "False", summary: "Rents rose by 4%." });
});
afterAll(() => database?.dispose());

function signInForm(redirectTo = "") {
  return new URLSearchParams({ email: EMAIL, password: PASSWORD, redirectTo });
}

/** The session cookie's name=value from a sign-in answer. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.get("Set-Cookie") ?? "";
  expect(cookie).toMatch(/^claimdesk_session=[^;]+/);
  return cookie.split(";")[0] ?? "";
}

/** A raw HTTP request, for what fetch cannot send: a Host header of our choosing, a chunked body. */
function rawRequest(
  server: Server,
  options: { path: string; method?: string; headers?: Record<string, string>; chunks?: string[] },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path: options.path, method: options.method ?? "GET", headers: options.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    for (const chunk of options.chunks ?? []) request.write(chunk);
    request.end();
  });
}

describe("without a trusted proxy (TRUST_PROXY unset, PUBLIC_URL unset)", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServerInProcess(database);
  });
  afterAll(() => server?.close());

  it("ignores X-Forwarded-Host and X-Forwarded-Proto in the ledger's absolute links, which vary on Host (repro 7)", async () => {
    const response = await server.request("/ledger.json", {
      headers: { "X-Forwarded-Host": "evil.example:8443", "X-Forwarded-Proto": "https" },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("evil.example");
    expect(text).toContain(`${server.origin}/ledger/`);
    expect(response.headers.get("Vary")).toMatch(/\bHost\b/);
    expect(response.headers.get("Vary")).not.toMatch(/X-Forwarded/i);
    const feed = await server.request("/ledger/feed.xml", { headers: { "X-Forwarded-Host": "evil.example" } });
    expect(await feed.text()).not.toContain("evil.example");
  });

  it("builds the links from the Host the request was sent to, and refuses a Host that is no host name", async () => {
    const other = await rawRequest(server, { path: "/ledger.json", headers: { Host: "claims.example.org" } });
    expect(other.status).toBe(200);
    expect(other.body).toContain("http://claims.example.org/ledger/");
    const bad = await rawRequest(server, { path: "/ledger.json", headers: { Host: "evil.example/path?" } });
    expect(bad.status).toBe(400);
    expect(bad.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(bad.body)).toEqual({
      error: { code: "bad_request", message: "The request's Host header is not a host name." },
    });
  });

  it("refuses a request whose target is not a path (400), and still answers /healthz afterwards", async () => {
    // Node passes an absolute-form target through; "x:99999" is no URL any later reading could parse.
    for (const path of ["http://x:99999/", "http://x:99999/ledger.json", "http://127.0.0.1/ledger"]) {
      const answer = await rawRequest(server, { path, headers: { Accept: "application/json" } });
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body).error.code, path).toBe("bad_request");
      expect(answer.headers["x-content-type-options"], path).toBe("nosniff");
      expect(answer.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    // A path starting with "//" stays a path: no route, and no host of its own.
    for (const path of ["//x:99999/", "//evil.example/login"]) {
      const answer = await rawRequest(server, { path, method: "POST", headers: { "Content-Length": "0" } });
      expect(answer.status, path).toBe(404);
    }
    expect((await server.request("/healthz")).status).toBe(200);
  });

  it("does not mark the session cookie Secure because of an untrusted X-Forwarded-Proto", async () => {
    const response = await server.request("/login", {
      method: "POST",
      body: signInForm(),
      headers: { "X-Forwarded-Proto": "https" },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Set-Cookie")).not.toMatch(/;\s*Secure/i);
  });

  it("sends a signed-in reader back only to a page of this site (repro 4)", async () => {
    for (const redirectTo of ["/\t/evil.example", "/\n/evil.example", "/%09/evil.example", "//evil.example"]) {
      const response = await server.request("/login", {
        method: "POST",
        body: signInForm(redirectTo),
        redirect: "manual",
      });
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/");
    }
    const signedIn = await server.request("/login", { method: "POST", body: signInForm("/queue"), redirect: "manual" });
    expect(signedIn.headers.get("Location")).toBe("/queue");
    const cookie = sessionCookie(signedIn);
    for (const query of ["redirectTo=%2F%09%2Fevil.example", "redirectTo=/%0a/evil.example"]) {
      const again = await server.request(`/login?${query}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(again.status).toBe(302);
      expect(again.headers.get("Location")).toBe("/");
    }
  });

  it("answers every response with a request id and the security headers; inline scripts carry the CSP nonce", async () => {
    // The sign-in page has scripts (the public ledger's pages are sent without them).
    const page = await server.request("/login");
    expect(page.status).toBe(200);
    expect(page.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    const csp = page.headers.get("Content-Security-Policy") ?? "";
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(page.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(page.headers.get("X-Frame-Options")).toBe("DENY");
    // Over plain HTTP there is no HSTS: it would mean nothing, or lock a host out of its own HTTP.
    expect(page.headers.get("Strict-Transport-Security")).toBeNull();
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      // Inline scripts run only with the nonce; JSON-LD is data, never run, and needs none.
      if (!/type="application\/ld\+json"/.test(attributes)) expect(attributes).toContain(`nonce="${nonce}"`);
    }
    const next = await server.request("/login");
    expect(next.headers.get("Content-Security-Policy")).not.toContain(`'nonce-${nonce}'`);
    for (const path of ["/healthz", "/no-such-page", "/assets/no-such-file.js"]) {
      expect((await server.request(path)).headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("refuses an oversized sign-in before reading it, in the app's error shape (repro 11)", async () => {
    const big = signInForm();
    big.set("password", "x".repeat(8_000));
    const page = await server.request("/login", { method: "POST", body: big, redirect: "manual" });
    expect(page.status).toBe(413);
    expect(page.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("That is too large");
    expect(html).toContain("A sign-in sends an email address and a password, never more than 4 KB.");
    expect(html).toContain(`Reference: ${page.headers.get("X-Request-Id")}`);
    // The same through Remix's data request (a form posted with JavaScript) and any path spelling the router accepts.
    for (const path of ["/login.data", "/LOGIN/", "/%6cogin", "/articles/../login"]) {
      const data = await server.request(path, { method: "POST", body: big, redirect: "manual" });
      expect(data.status, path).toBe(413);
    }
    const json = await server.request("/login.data", { method: "POST", body: big });
    expect(await json.json()).toEqual({
      error: { code: "too_large", message: "A sign-in sends an email address and a password, never more than 4 KB." },
    });
  });

  it("refuses a form body of unknown length (chunked) outside the API: 411", async () => {
    const response = await rawRequest(server, {
      path: "/login",
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      chunks: ["email=a%40b.test&", "password=x"],
    });
    expect(response.status).toBe(411);
    expect(response.body).toContain("Send the request with a Content-Length header.");
  });

  it("lets an article's worth of form through to the route, and refuses an API body over its limit as JSON", async () => {
    const cookie = sessionCookie(
      await server.request("/login", { method: "POST", body: signInForm(), redirect: "manual" }),
    );
    // 1.5 MB of text gets past the Express check to the route, which says what is wrong and keeps the text.
    const article = new URLSearchParams({ title: "Long", body: "word ".repeat(300_000) });
    const tooLongArticle = await server.request("/articles/new?via=paste", {
      method: "POST",
      body: article,
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(tooLongArticle.status).toBe(413);
    const form = await tooLongArticle.text();
    expect(form).toContain("word word word");
    expect(form).not.toContain("larger than any article form sends");
    const api = await server.request("/api/v1/articles", {
      method: "POST",
      body: JSON.stringify({ title: "Huge", body: "a".repeat(3_100_000) }),
      headers: { Cookie: cookie, "Content-Type": "application/json" },
    });
    expect(api.status).toBe(413);
    expect(await api.json()).toEqual({
      error: { code: "too_large", message: "The request body is larger than 3.0 MB, the limit for API requests." },
    });
  });
});

describe("behind a TLS proxy with TRUST_PROXY=1 (acceptance)", () => {
  const proxy = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "claims.example.org",
    "X-Forwarded-For": "203.0.113.7",
  };
  const httpsOrigin = "https://claims.example.org";
  let server: Server;
  beforeAll(async () => {
    server = await startServerInProcess(database, { TRUST_PROXY: "1" });
  });
  afterAll(() => server?.close());

  it("marks the session cookie Secure and accepts form posts from the https origin", async () => {
    const signIn = await server.request("/login", {
      method: "POST",
      body: signInForm("/articles/new"),
      headers: { ...proxy, Origin: httpsOrigin },
      redirect: "manual",
    });
    expect(signIn.status).toBe(302);
    expect(signIn.headers.get("Location")).toBe("/articles/new");
    expect(signIn.headers.get("Set-Cookie")).toMatch(/;\s*Secure/i);
    const cookie = sessionCookie(signIn);

    const saved = await server.request("/articles/new?via=paste", {
      method: "POST",
      body: new URLSearchParams({ title: "Behind the proxy", body: "“Taxes will fall,” the mayor said on Monday." }),
      headers: { ...proxy, Origin: httpsOrigin, Cookie: cookie },
      redirect: "manual",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toMatch(/^\/articles\/\d+$/);

    const forged = await server.request("/logout", {
      method: "POST",
      headers: { ...proxy, Origin: "http://claims.example.org", Cookie: cookie },
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("Refused: this request came from another site.");
  });

  it("takes the public links from the proxy's host and scheme, sends HSTS, and varies on the forwarded headers", async () => {
    const response = await server.request("/ledger.json", { headers: proxy });
    expect(await response.text()).toContain(`${httpsOrigin}/ledger/`);
    expect(response.headers.get("Vary")).toMatch(/Host, X-Forwarded-Host, X-Forwarded-Proto/);
    expect(response.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
    expect(response.headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });
});

describe("TRUST_PROXY set to the address of another proxy", () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServerInProcess(database, { TRUST_PROXY: "10.1.2.3" });
  });
  afterAll(() => server?.close());

  it("ignores forwarded headers from a peer that is not that proxy", async () => {
    const response = await server.request("/ledger.json", {
      headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" },
    });
    const text = await response.text();
    expect(text).not.toContain("evil.example");
    expect(text).toContain(`${server.origin}/ledger/`);
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
  });
});

describe("with PUBLIC_URL set", () => {
  let server: Server;
  beforeAll(async () => {
    vi.stubEnv("PUBLIC_URL", "https://claims.example.org");
    server = await startServerInProcess(database, { PUBLIC_URL: "https://claims.example.org" });
  });
  afterAll(async () => {
    await server?.close();
    vi.unstubAllEnvs();
  });

  it("builds every public link from it, whatever the Host, and needs no Vary for them", async () => {
    const response = await server.request("/ledger.json", { headers: { "X-Forwarded-Host": "evil.example" } });
    const text = await response.text();
    expect(text).toContain("https://claims.example.org/ledger/");
    expect(text).not.toContain(server.origin);
    expect(response.headers.get("Vary") ?? "").not.toMatch(/\bHost\b/);
  });
});
