import dns from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { classifyAddress } from "./address-policy";
import { hostPortOf, normaliseHostPort } from "./allow-internal";
import { describeDuration, FetchRefusedError } from "./fetch-refused-error";
import { readCappedBody } from "./read-body";

export { configuredAllowInternal, parseAllowInternal } from "./allow-internal";
export { type FetchRefusalCode, FetchRefusedError } from "./fetch-refused-error";

export type ResolvedAddress = { address: string; family: number };

export type GuardedFetchOptions = {
  /** Exact "host:port" pairs that may be fetched although they are internal (e.g. a newsroom archive). */
  allowInternal?: string[];
  /** Budget for the whole fetch: DNS, connecting, headers, body and every redirect. */
  timeoutMs?: number;
  /** Cap on the decoded body. */
  maxBytes?: number;
  accept?: string;
  userAgent?: string;
  signal?: AbortSignal;
  /** Resolves a hostname to all its addresses; defaults to the system resolver. */
  lookup?: (hostname: string) => Promise<ResolvedAddress[]>;
};

export type GuardedFetchResult = {
  /** The URL that finally answered, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  /** Every URL that answered with a redirect, in the order they were visited. */
  redirects: string[];
};

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const DEFAULT_USER_AGENT = "Claimdesk/0.1 (newsroom fact-checking; fetches cited sources)";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const NETWORK_FAILURE_REASONS: Record<string, string> = {
  ECONNREFUSED: "the site refused the connection",
  ECONNRESET: "the connection was cut off",
  EHOSTUNREACH: "the site cannot be reached from here",
  ENETUNREACH: "the site cannot be reached from here",
  ENOTFOUND: "the site name could not be found",
  CERT_HAS_EXPIRED: "the site's security certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the site's security certificate is not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "the site's security certificate is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the site's security certificate is not trusted",
  ERR_TLS_CERT_ALTNAME_INVALID: "the site's security certificate belongs to a different site",
};

const systemLookup = (hostname: string) => dns.promises.lookup(hostname, { all: true });

/**
 * Fetches a public web page on behalf of a user without letting the URL reach the newsroom's own network:
 * every hop's addresses are vetted, and the connection goes to exactly the vetted address.
 */
export async function guardedFetch(url: string, options: GuardedFetchOptions = {}): Promise<GuardedFetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(timedOut(url, timeoutMs)), timeoutMs);
  const stopOnCallerAbort = () => deadline.abort(options.signal?.reason);
  if (options.signal?.aborted) stopOnCallerAbort();
  options.signal?.addEventListener("abort", stopOnCallerAbort, { once: true });
  try {
    return await followRedirects(url, options, deadline.signal);
  } catch (error) {
    throw deadline.signal.aborted ? deadline.signal.reason : error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", stopOnCallerAbort);
  }
}

async function followRedirects(
  url: string,
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<GuardedFetchResult> {
  const allowInternal = new Set((options.allowInternal ?? []).map(normaliseHostPort));
  const lookup = options.lookup ?? systemLookup;
  const redirects: string[] = [];
  let target = parseFetchableUrl(url);
  for (;;) {
    const redirectedFrom = redirects.at(-1);
    const addresses = await vettedAddresses(target, allowInternal, lookup, signal, redirectedFrom);
    const response = await send(target, addresses, options, signal);
    const location = REDIRECT_STATUSES.has(response.statusCode ?? 0) ? response.headers.location : undefined;
    if (!location) {
      const page = await readPage(response, target, options.maxBytes ?? DEFAULT_MAX_BYTES, signal);
      return { url: target.href, ...page, redirects };
    }
    response.destroy();
    if (redirects.length === MAX_REDIRECTS) {
      throw new FetchRefusedError(
        "too-many-redirects",
        `Gave up on ${url}: it redirected more than ${MAX_REDIRECTS} times without reaching a page.`,
      );
    }
    redirects.push(target.href);
    target = parseFetchableUrl(resolveLocation(location, target), target.href);
  }
}

async function readPage(response: IncomingMessage, target: URL, maxBytes: number, signal: AbortSignal) {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    response.destroy();
    const statusText = response.statusMessage ? ` ${response.statusMessage}` : "";
    throw new FetchRefusedError(
      "http-status",
      `The site could not serve ${target.href}: it answered with HTTP ${status}${statusText}.`,
      status,
    );
  }
  const body = await readCappedBody(response, maxBytes, signal).catch((error: unknown) => {
    if (error instanceof FetchRefusedError) throw error;
    throw new FetchRefusedError("network", `The page from ${target.host} arrived incomplete or damaged.`);
  });
  return { status, contentType: response.headers["content-type"] ?? null, body };
}

function parseFetchableUrl(raw: string, redirectedFrom?: string): URL {
  const context = redirectedFrom ? ` (a redirect from ${redirectedFrom})` : "";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusedError("scheme", `"${raw}"${context} is not a valid web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError(
      "scheme",
      `Refused to fetch ${url.protocol}…${context}: only web addresses starting with http:// or https:// can be fetched.`,
    );
  }
  if (url.username || url.password) {
    url.username = "";
    url.password = "";
    throw new FetchRefusedError(
      "scheme",
      `Refused to fetch ${url.href}${context}: web addresses that contain a user name or password are not fetched.`,
    );
  }
  return url;
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchRefusedError("http-status", `${base.href} redirected to an invalid web address ("${location}").`);
  }
}

/** WHATWG URL parsing has already canonicalised decimal, octal and hex IPv4 forms; IPv6 keeps its brackets. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

async function vettedAddresses(
  target: URL,
  allowInternal: Set<string>,
  lookup: (hostname: string) => Promise<ResolvedAddress[]>,
  signal: AbortSignal,
  redirectedFrom: string | undefined,
): Promise<ResolvedAddress[]> {
  const hostname = bareHostname(target);
  const literalFamily = isIP(hostname);
  const addresses = literalFamily
    ? [{ address: hostname, family: literalFamily }]
    : await resolve(hostname, lookup, signal);
  if (allowInternal.has(hostPortOf(target))) return addresses;
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (verdict.allowed) continue;
    const attempt = redirectedFrom
      ? `Refused to follow the redirect from ${redirectedFrom} to ${target.href}`
      : `Refused to fetch ${target.href}`;
    const where = literalFamily ? `the address ${address} is` : `${hostname} points to ${address}, which is`;
    throw new FetchRefusedError(
      "address",
      `${attempt}: ${where} ${verdict.reason}, not a public internet address. ` +
        "Claimdesk only fetches public pages, so that links cannot reach inside the newsroom's own network.",
    );
  }
  return addresses;
}

async function resolve(
  hostname: string,
  lookup: (hostname: string) => Promise<ResolvedAddress[]>,
  signal: AbortSignal,
): Promise<ResolvedAddress[]> {
  const notFound = new FetchRefusedError("network", `The site name ${hostname} could not be found.`);
  const addresses = await abortable(lookup(hostname), signal).catch((error: unknown) => {
    throw signal.aborted ? error : notFound;
  });
  if (addresses.length === 0) throw notFound;
  return addresses;
}

/** DNS lookups cannot be cancelled, so the deadline races them instead. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolvePromise, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Hands the connection exactly the vetted addresses, so DNS cannot change its answer between check and connect. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = addresses.filter((entry) => !wanted || entry.family === wanted);
    const first = usable[0];
    process.nextTick(() => {
      if (!first) callback(Object.assign(new Error(`No vetted address for ${hostname}`), { code: "ENOTFOUND" }), "");
      else if (options.all) callback(null, usable);
      else callback(null, first.address, first.family);
    });
  };
}

function send(
  target: URL,
  addresses: ResolvedAddress[],
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolvePromise, reject) => {
    const request = client.request({
      protocol: target.protocol,
      hostname: bareHostname(target),
      port: target.port || undefined,
      path: `${target.pathname}${target.search}`,
      method: "GET",
      headers: {
        host: target.host,
        accept: options.accept ?? "*/*",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
      },
      lookup: pinnedLookup(addresses),
      // A fresh connection per request: a pooled socket could belong to an earlier, differently vetted hop.
      agent: false,
      signal,
    });
    request.on("response", resolvePromise);
    request.on("error", (error) => reject(networkFailure(target, error)));
    request.end();
  });
}

function networkFailure(target: URL, error: Error & { code?: string }): FetchRefusedError {
  const reason =
    (error.code && NETWORK_FAILURE_REASONS[error.code]) || `the connection failed (${error.code ?? error.message})`;
  return new FetchRefusedError("network", `Could not reach ${target.host}: ${reason}.`);
}

function timedOut(url: string, timeoutMs: number): FetchRefusedError {
  return new FetchRefusedError("timeout", `The site did not answer within ${describeDuration(timeoutMs)} (${url}).`);
}
