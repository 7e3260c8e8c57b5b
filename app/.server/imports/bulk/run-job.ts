import { setImmediate as nextTurn } from "node:timers/promises";
import { and, eq, sql } from "drizzle-orm";
import { parseImportRows } from "~/domain/bulk-import/parse-import";
import type { Database } from "../../db/database-types";
import { importJobs } from "../../db/schema/all-tables";
import { processLog } from "../../log";
import type { ClaimedJob } from "./claim-job";
import { type RowFetchOptions, readyRow } from "./row-article";
import { ImportJobTakenOver, storeRow } from "./store-row";

const whileRunning = (jobId: number) => and(eq(importJobs.id, jobId), eq(importJobs.status, "running"));

async function finishJob(db: Database, jobId: number) {
  await db.transaction((tx) =>
    tx
      .update(importJobs)
      .set({ status: "done", payload: null, finishedAt: sql`now()`, heartbeatAt: sql`now()` })
      .where(whileRunning(jobId)),
  );
}

async function failJob(db: Database, jobId: number, failure: string) {
  await db.transaction((tx) =>
    tx
      .update(importJobs)
      .set({ status: "failed", failure, payload: null, finishedAt: sql`now()` })
      .where(whileRunning(jobId)),
  );
}

/** A server shutting down hands its job back, so the next one resumes it at once instead of
 *  waiting for the heartbeat to go stale. */
async function handBackJob(db: Database, jobId: number) {
  await db.transaction((tx) => tx.update(importJobs).set({ status: "queued" }).where(whileRunning(jobId)));
}

/**
 * Imports a claimed job's rows one at a time, from the first one not yet processed. Each row is its
 * own transaction (see storeRow); between rows the event loop serves waiting requests.
 */
export async function runImportJob(db: Database, job: ClaimedJob, options: RowFetchOptions = {}): Promise<void> {
  try {
    if (job.payload === null) throw new Error("The uploaded file is no longer stored.");
    const rows = parseImportRows(job.format, job.payload);
    for (let position = job.processed; position < rows.length; position++) {
      const row = rows[position];
      if (!row) break;
      if (options.signal?.aborted) return await handBackJob(db, job.id);
      await storeRow(db, job, position, await readyRow(row, options));
      await nextTurn();
    }
    await finishJob(db, job.id);
  } catch (error) {
    if (error instanceof ImportJobTakenOver) return;
    if (options.signal?.aborted) return await handBackJob(db, job.id);
    processLog().error({ err: error, importJobId: job.id }, "Bulk import stopped");
    await failJob(db, job.id, `The import stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
