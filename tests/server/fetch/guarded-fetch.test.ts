import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FetchRefusedError, type GuardedFetchOptions, guardedFetch } from "~/.server/fetch/guarded-fetch";
import { type LocalServer, startLocalServer } from "./local-server";

const servers: LocalServer[] = [];

async function serve(handler: http.RequestListener): Promise<LocalServer> {
  const server = await startLocalServer(handler);
  servers.push(server);
  return server;
}

/** A server that counts the requests it receives, to prove a refused fetch never connected. */
async function countingServer(): Promise<{ server: LocalServer; hits: () => number }> {
  let hits = 0;
  const server = await serve((_request, response) => {
    hits += 1;
    response.end("should never be served");
  });
  return { server, hits: () => hits };
}

async function refusal(url: string, options?: GuardedFetchOptions): Promise<FetchRefusedError> {
  const error = await guardedFetch(url, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof FetchRefusedError)) throw new Error(`expected a FetchRefusedError, got ${String(error)}`);
  return error;
}

/** For hostnames that are not ours: fail loudly instead of ever opening a connection. */
function forbidConnections(): void {
  const fail = () => {
    throw new Error("the test tried to open a connection");
  };
  vi.spyOn(http, "request").mockImplementation(fail);
  vi.spyOn(https, "request").mockImplementation(fail);
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("guardedFetch: internal addresses", () => {
  it("refuses 127.0.0.1 when it is not on the allow-list, without connecting", async () => {
    const { server, hits } = await countingServer();
    const error = await refusal(server.url("/admin"));
    expect(error.code).toBe("address");
    expect(error.message).toBe(
      `Refused to fetch ${server.url("/admin")}: the address 127.0.0.1 is a loopback address, not a public internet address. ` +
        "Claimdesk only fetches public pages, so that links cannot reach inside the newsroom's own network.",
    );
    expect(hits()).toBe(0);
  });

  it.each([
    ["decimal", (port: number) => `http://2130706433:${port}/`],
    ["hex", (port: number) => `http://0x7f.1:${port}/`],
    ["octal", (port: number) => `http://0177.0.0.1:${port}/`],
    ["shortened", (port: number) => `http://127.1:${port}/`],
    ["IPv4-mapped IPv6", (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
    ["IPv4-mapped IPv6 in hex", (port: number) => `http://[::ffff:7f00:1]:${port}/`],
  ])("refuses the %s spelling of 127.0.0.1", async (_form, urlFor) => {
    const { server, hits } = await countingServer();
    const error = await refusal(urlFor(server.port));
    expect(error.code).toBe("address");
    expect(error.message).toContain("a loopback address");
    expect(hits()).toBe(0);
  });

  it("refuses a public hostname that resolves to an internal address", async () => {
    forbidConnections();
    const lookup = vi.fn(async () => [{ address: "10.20.30.40", family: 4 }]);
    const error = await refusal("https://news.example/story", { lookup });
    expect(error.code).toBe("address");
    expect(error.message).toContain("news.example points to 10.20.30.40, which is a private network address");
    expect(lookup).toHaveBeenCalledWith("news.example");
  });

  it("refuses a hostname when any one of its addresses is internal", async () => {
    forbidConnections();
    const lookup = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "169.254.169.254", family: 4 },
    ];
    const error = await refusal("http://mixed.example/", { lookup });
    expect(error.code).toBe("address");
    expect(error.message).toContain("169.254.169.254, which is a link-local address (cloud metadata)");
  });

  it("refuses a hostname that resolves to an IPv4-mapped loopback address", async () => {
    forbidConnections();
    const error = await refusal("http://sneaky.example/", {
      lookup: async () => [{ address: "::ffff:7f00:1", family: 6 }],
    });
    expect(error.code).toBe("address");
    expect(error.message).toContain("a loopback address, wrapped in an IPv4-mapped IPv6 address");
  });

  it("reports a hostname whose lookup fails", async () => {
    forbidConnections();
    const lookup = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND gone.example"), { code: "ENOTFOUND" });
    };
    const error = await refusal("http://gone.example/", { lookup });
    expect(error.code).toBe("network");
    expect(error.message).toBe("The site name gone.example could not be found.");
  });

  it("reports a hostname that does not resolve", async () => {
    forbidConnections();
    const error = await refusal("http://missing.example/", { lookup: async () => [] });
    expect(error.code).toBe("network");
    expect(error.message).toBe("The site name missing.example could not be found.");
  });
});

describe("guardedFetch: the internal allow-list", () => {
  it("fetches an allowed host:port", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<p>Council budget approved</p>");
    });
    const result = await guardedFetch(server.url("/story"), { allowInternal: [server.hostPort] });
    expect(result).toEqual({
      url: server.url("/story"),
      status: 200,
      contentType: "text/html; charset=utf-8",
      body: Buffer.from("<p>Council budget approved</p>"),
      redirects: [],
    });
  });

  it("connects to the vetted address while keeping the original Host header, resolving only once", async () => {
    let receivedHost: string | undefined;
    const server = await serve((request, response) => {
      receivedHost = request.headers.host;
      response.end("archived");
    });
    const lookup = vi.fn(async () => [{ address: "127.0.0.1", family: 4 }]);
    const result = await guardedFetch(`http://archive.newsroom.test:${server.port}/item`, {
      allowInternal: [`archive.newsroom.test:${server.port}`],
      lookup,
    });
    expect(result.body.toString()).toBe("archived");
    expect(receivedHost).toBe(`archive.newsroom.test:${server.port}`);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it("refuses a redirect from an allowed host to another internal port", async () => {
    const { server: other, hits } = await countingServer();
    const allowed = await serve((_request, response) => {
      response.writeHead(302, { location: other.url("/secret") });
      response.end();
    });
    const error = await refusal(allowed.url("/start"), { allowInternal: [allowed.hostPort] });
    expect(error.code).toBe("address");
    expect(error.message).toContain(
      `Refused to follow the redirect from ${allowed.url("/start")} to ${other.url("/secret")}: ` +
        "the address 127.0.0.1 is a loopback address",
    );
    expect(hits()).toBe(0);
  });

  it("follows a redirect from one allowed host:port to another", async () => {
    const second = await serve((_request, response) => response.end("second archive"));
    const first = await serve((_request, response) => {
      response.writeHead(302, { location: second.url("/copy") });
      response.end();
    });
    const result = await guardedFetch(first.url("/item"), { allowInternal: [first.hostPort, second.hostPort] });
    expect(result.body.toString()).toBe("second archive");
    expect(result.redirects).toEqual([first.url("/item")]);
  });

  it("sends the caller's Accept and User-Agent headers", async () => {
    let headers: http.IncomingHttpHeaders = {};
    const server = await serve((request, response) => {
      headers = request.headers;
      response.end();
    });
    await guardedFetch(server.url(), { allowInternal: [server.hostPort], accept: "text/html", userAgent: "Test/1" });
    expect(headers.accept).toBe("text/html");
    expect(headers["user-agent"]).toBe("Test/1");
  });
});

describe("guardedFetch: redirects", () => {
  /** Redirects /hop/N to /hop/N-1 and serves the page at /hop/0. */
  async function redirectChain(): Promise<LocalServer> {
    return serve((request, response) => {
      const remaining = Number(request.url?.split("/").at(-1));
      if (remaining === 0) {
        response.end("arrived");
        return;
      }
      response.writeHead(301, { location: `/hop/${remaining - 1}` });
      response.end();
    });
  }

  it("follows five redirects and reports each hop", async () => {
    const server = await redirectChain();
    const result = await guardedFetch(server.url("/hop/5"), { allowInternal: [server.hostPort] });
    expect(result.body.toString()).toBe("arrived");
    expect(result.url).toBe(server.url("/hop/0"));
    expect(result.redirects).toEqual([5, 4, 3, 2, 1].map((n) => server.url(`/hop/${n}`)));
  });

  it("gives up after more than five redirects", async () => {
    const server = await redirectChain();
    const error = await refusal(server.url("/hop/6"), { allowInternal: [server.hostPort] });
    expect(error.code).toBe("too-many-redirects");
    expect(error.message).toBe(
      `Gave up on ${server.url("/hop/6")}: it redirected more than 5 times without reaching a page.`,
    );
  });

  it("refuses a redirect to a non-web scheme", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(307, { location: "file:///etc/passwd" });
      response.end();
    });
    const error = await refusal(server.url("/"), { allowInternal: [server.hostPort] });
    expect(error.code).toBe("scheme");
    expect(error.message).toContain(`(a redirect from ${server.url("/")})`);
  });
});

describe("guardedFetch: size cap and decoding", () => {
  it("refuses a body over the cap", async () => {
    const server = await serve((_request, response) => {
      response.write("x".repeat(600));
      response.end("x".repeat(600));
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort], maxBytes: 1024 });
    expect(error.code).toBe("too-large");
    expect(error.message).toBe("The page is larger than 1 KB.");
  });

  it("refuses at once when Content-Length announces too much", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-length": "5000" });
      response.write("x".repeat(10));
      // Never finishes: only the announced length can trigger the refusal before the timeout.
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort], maxBytes: 1000, timeoutMs: 5000 });
    expect(error.code).toBe("too-large");
  });

  it("refuses pages over 5 MB by default", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-length": String(5 * 1024 * 1024 + 1) });
      response.flushHeaders();
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort] });
    expect(error.message).toBe("The page is larger than 5 MB.");
  });

  it("applies the cap to decoded bytes, so a small gzip cannot expand past it", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip" });
      response.end(zlib.gzipSync(Buffer.alloc(50_000)));
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort], maxBytes: 10_000 });
    expect(error.code).toBe("too-large");
  });

  it.each([
    ["gzip", zlib.gzipSync],
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ])("decodes %s", async (encoding, compress) => {
    const server = await serve((request, response) => {
      expect(request.headers["accept-encoding"]).toContain(encoding);
      response.writeHead(200, { "content-encoding": encoding });
      response.end(compress(Buffer.from("The minister's figure was wrong.")));
    });
    const result = await guardedFetch(server.url(), { allowInternal: [server.hostPort] });
    expect(result.body.toString()).toBe("The minister's figure was wrong.");
  });
});

describe("guardedFetch: unreadable bodies", () => {
  it("refuses an encoding it cannot decode", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-encoding": "zstd" });
      response.end("opaque");
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort] });
    expect(error.code).toBe("network");
    expect(error.message).toBe("The site sent the page in an encoding Claimdesk cannot read (zstd).");
  });

  it("reports a damaged compressed body", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-encoding": "gzip" });
      response.end("this is not gzip");
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort] });
    expect(error.code).toBe("network");
    expect(error.message).toBe(`The page from ${server.hostPort} arrived incomplete or damaged.`);
  });
});

describe("guardedFetch: timeouts and cancellation", () => {
  it("times out when the server never answers", async () => {
    const server = await serve(() => {});
    const error = await refusal(server.url(), { allowInternal: [server.hostPort], timeoutMs: 200 });
    expect(error.code).toBe("timeout");
    expect(error.message).toBe(`The site did not answer within 0.2 seconds (${server.url()}).`);
  });

  it("times out when the body stalls half-way", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200);
      response.write("first half");
    });
    const error = await refusal(server.url(), { allowInternal: [server.hostPort], timeoutMs: 200 });
    expect(error.code).toBe("timeout");
  });

  it("counts a hanging DNS lookup against the same budget", async () => {
    forbidConnections();
    const error = await refusal("http://slow-dns.example/", { lookup: () => new Promise(() => {}), timeoutMs: 100 });
    expect(error.code).toBe("timeout");
  });

  it("stops when the caller aborts", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const fetching = guardedFetch(server.url(), { allowInternal: [server.hostPort], signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user navigated away")), 50);
    await expect(fetching).rejects.toThrow("user navigated away");
  });
});

describe("guardedFetch: schemes and malformed addresses", () => {
  it.each([
    "file:///etc/passwd",
    "ftp://127.0.0.1/file.txt",
    "javascript:alert(1)",
    "data:text/html,<p>hi</p>",
    "gopher://127.0.0.1:70/",
    "ws://127.0.0.1/socket",
  ])("refuses %s", async (url) => {
    const error = await refusal(url);
    expect(error.code).toBe("scheme");
    expect(error.message).toContain("only web addresses starting with http:// or https:// can be fetched");
  });

  it("refuses text that is not a web address", async () => {
    const error = await refusal("not a url");
    expect(error.code).toBe("scheme");
    expect(error.message).toBe('"not a url" is not a valid web address.');
  });

  it("refuses credentials in the URL without repeating them", async () => {
    const { server, hits } = await countingServer();
    const error = await refusal(`http://editor:hunter2@127.0.0.1:${server.port}/`, {
      allowInternal: [server.hostPort],
    });
    expect(error.code).toBe("scheme");
    expect(error.message).toContain("contain a user name or password");
    expect(error.message).not.toContain("hunter2");
    expect(hits()).toBe(0);
  });
});

describe("guardedFetch: HTTP and network failures", () => {
  it.each([
    [404, "Not Found"],
    [500, "Internal Server Error"],
  ])("reports HTTP %i clearly", async (status, text) => {
    const server = await serve((_request, response) => {
      response.writeHead(status);
      response.end();
    });
    const error = await refusal(server.url("/gone"), { allowInternal: [server.hostPort] });
    expect(error.code).toBe("http-status");
    expect(error.status).toBe(status);
    expect(error.message).toBe(
      `The site could not serve ${server.url("/gone")}: it answered with HTTP ${status} ${text}.`,
    );
  });

  it("reports a refused connection", async () => {
    const server = await serve(() => {});
    const { port, hostPort } = server;
    await server.close();
    const error = await refusal(`http://127.0.0.1:${port}/`, { allowInternal: [hostPort] });
    expect(error.code).toBe("network");
    expect(error.message).toBe(`Could not reach 127.0.0.1:${port}: the site refused the connection.`);
  });
});
