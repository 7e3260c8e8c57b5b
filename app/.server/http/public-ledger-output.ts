import { AppError } from "~/domain/errors";
import type { Database } from "../db/database-types";
import { ledgerVersion } from "../ledger/ledger-version";
import { publicCache } from "./public-cache";
import { publicOrigin } from "./public-url";
import { errorBody } from "./responses";

export interface PublicOutputContext {
  db: Database;
  /** The address readers reach the ledger at, for absolute links. */
  origin: string;
  /** Caching headers (ETag, Last-Modified, Cache-Control) plus the given ones. */
  headers(extra?: HeadersInit): Headers;
}

/** Every machine-readable ledger output: answers 304 when the reader's copy is current, otherwise
 *  runs `respond`; a bad address parameter becomes the API's JSON error with its status. */
export async function publicLedgerOutput(
  { request, context }: { request: Request; context: { db: Database } },
  respond: (context: PublicOutputContext) => Promise<Response>,
): Promise<Response> {
  try {
    const { db } = context;
    const origin = publicOrigin(request);
    const cache = publicCache(request, await ledgerVersion(db), origin);
    if (cache.notModified) return cache.notModified;
    return await respond({ db, origin, headers: cache.headers });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Response.json(errorBody(error), { status: error.status, headers: { "Cache-Control": "no-store" } });
  }
}
