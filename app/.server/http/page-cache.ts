import type { NextFunction, Request, Response } from "express";
import type { DatabaseHandle } from "../db/database-types";
import { onLedgerChange } from "../ledger/ledger-changes";
import { processLog } from "../log";
import { requestOrigin } from "./forwarded-headers";
import { requestLocals } from "./request-context";

// Public ledger pages, as anonymous readers get them, kept in this process until the ledger changes:
// a reader's page is rendered once per address and ledger version, not once per view. Postgres tells
// every instance of a change (LISTEN/NOTIFY at the commit, see ledger-changes.ts), so a publication
// on one instance shows on all of them at once; until this instance listens, nothing is cached.
// Never for signed-in staff, never an answer that sets a cookie, and the HTTP caching headers and
// Vary of each answer go out as they were.

/** Public ledger pages and outputs, and their single-fetch data (/ledger.data, /ledger/<slug>.data). */
const CACHED_PATH = /^\/ledger([./]|$)/;
/** An answer bigger than this (a large CSV) is passed on, not kept. */
const MAX_ENTRY_BYTES = 1024 * 1024;
/** Headers that belong to one answer, not to the page: each request gets its own. */
const OWN_HEADERS = new Set([
  "x-request-id",
  "content-security-policy",
  "strict-transport-security",
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
]);

interface CachedPage {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
}

/** Least recently used pages are dropped first once the total size passes `maxBytes`. */
class PageStore {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage) {
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, dropped] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= dropped.body.length;
    }
  }

  clear() {
    this.pages.clear();
    this.bytes = 0;
  }

  private delete(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}

export interface PageCacheOptions {
  /** LEDGER_PAGE_CACHE: off for measuring the pages themselves. */
  enabled: boolean;
  maxBytes: number;
  /** The database whose notifications invalidate the cache. */
  database: DatabaseHandle;
  /** The origin absolute links are built from (PUBLIC_URL), or null: the request's own. */
  publicOrigin: string | null;
}

/** A reader's request the cache may answer: a GET without sign-in or a validator to check. */
function isCacheable(req: Request, res: Response): boolean {
  return (
    req.method === "GET" &&
    CACHED_PATH.test(req.path) &&
    !res.locals.auth?.user &&
    !res.getHeader("set-cookie") &&
    req.get("if-none-match") === undefined
  );
}

export function ledgerPageCache(options: PageCacheOptions) {
  const store = new PageStore(options.maxBytes);
  // Bumped by every change, so a page rendered across one is not kept.
  let generation = 0;
  let listening: Promise<boolean> | null = null;
  const changed = () => {
    generation += 1;
    store.clear();
  };
  const listen = () => {
    listening ??= onLedgerChange(options.database, changed).then(
      () => true,
      (error: unknown) => {
        processLog().error({ err: error }, "Cannot listen for ledger changes; public pages are not cached");
        listening = null;
        return false;
      },
    );
    return listening;
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    if (!options.enabled || !isCacheable(req, res) || !(await listen())) return next();
    const key = `${options.publicOrigin ?? requestOrigin(req)}${req.originalUrl}`;
    const { cspNonce } = requestLocals(res);
    const cached = store.get(key);
    if (cached) {
      for (const [name, value] of cached.headers) res.setHeader(name, value);
      res.setHeader("X-Page-Cache", "hit");
      res.status(cached.status).end(cached.body);
      return;
    }
    keepAnswer(
      res,
      (status, body) => {
        // A page with scripts carries its reader's CSP nonce: it is never shared. The ledger's pages
        // are sent without scripts (READ_ONLY_PAGE), so this only guards a page that drops that.
        if (body.includes(`nonce="${cspNonce}"`)) return;
        const headers = Object.entries(res.getHeaders()).flatMap(([name, value]): [string, string | string[]][] =>
          OWN_HEADERS.has(name) || value === undefined ? [] : [[name, Array.isArray(value) ? value : String(value)]],
        );
        store.set(key, { status, headers, body });
      },
      generation,
      () => generation,
    );
    next();
  };
}

/** Collects the answer as it is written and hands it to `keep` when it is complete, if it is a 200
 *  without a cookie, not too big, and the ledger did not change meanwhile. */
function keepAnswer(
  res: Response,
  keep: (status: number, body: Buffer) => void,
  startedAt: number,
  currentGeneration: () => number,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    return write(...args);
  }) as Response["write"];
  res.end = ((...args: unknown[]) => {
    collect(args[0], args[1]);
    const complete =
      !tooBig && res.statusCode === 200 && !res.getHeader("set-cookie") && currentGeneration() === startedAt;
    if (complete) keep(res.statusCode, Buffer.concat(chunks));
    return end(...args);
  }) as Response["end"];
}
