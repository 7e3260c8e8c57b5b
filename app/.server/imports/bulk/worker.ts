import { setTimeout as sleep } from "node:timers/promises";
import type { Database } from "../../db/database-types";
import { configuredAllowInternal } from "../../fetch/guarded-fetch";
import { processLog } from "../../log";
import { claimNextImportJob } from "./claim-job";
import type { RowFetchOptions } from "./row-article";
import { runImportJob } from "./run-job";

const IDLE_POLL_MS = 1000;

/** Runs the oldest waiting import to its end; false when there was none. */
export async function processNextImportJob(db: Database, options: RowFetchOptions = {}): Promise<boolean> {
  const job = await claimNextImportJob(db);
  if (!job) return false;
  await runImportJob(db, job, options);
  return true;
}

/**
 * Works through bulk imports in the background of the server process, one at a time, polling for
 * new ones when idle. The returned function stops it: the row in progress finishes and the job is
 * handed back, so shutting down never cuts a row short. Call it before closing the database.
 */
export function startImportWorker(db: Database): () => Promise<void> {
  const stopping = new AbortController();
  const options = { allowInternal: configuredAllowInternal(), signal: stopping.signal };
  const working = (async () => {
    while (!stopping.signal.aborted) {
      try {
        if (await processNextImportJob(db, options)) continue;
      } catch (error) {
        if (stopping.signal.aborted) break;
        processLog().error({ err: error }, "Bulk import worker failed");
      }
      await sleep(IDLE_POLL_MS, undefined, { signal: stopping.signal }).catch(() => {});
    }
  })();
  return async () => {
    stopping.abort();
    await working;
  };
}
