import { and, eq, sql } from "drizzle-orm";
import { AppError } from "~/domain/errors";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import { createArticle, DuplicateArticleError } from "../../articles/articles";
import type { Database } from "../../db/database-types";
import { importJobs, importProblems } from "../../db/schema/all-tables";
import { processLog } from "../../log";
import type { ReadyRow } from "./row-article";

type RowOutcome =
  | { kind: "imported" }
  | { kind: "duplicate"; message: string; articleId: number }
  | { kind: "error"; message: string };

/** Another server took the job over (its heartbeat looked stale); this one stops without counting twice. */
export class ImportJobTakenOver extends Error {
  override readonly name = "ImportJobTakenOver";
}

/** The paste form shows one message per field; a row has one line to say all of them. */
function rowMessage(error: AppError): string {
  const messages = new Set(error.fields ? Object.values(error.fields) : []);
  return messages.size > 0 ? [...messages].join(" ") : error.message;
}

async function importRow(tx: Database, actorId: string, importJobId: number, row: ReadyRow): Promise<RowOutcome> {
  if ("reason" in row) return { kind: "error", message: row.reason };
  try {
    // createArticle nests its transaction in ours (a savepoint): a refused row leaves nothing behind.
    await createArticle(tx, actorId, parseInput(articleInputSchema, row.input), { importJobId });
    return { kind: "imported" };
  } catch (error) {
    if (error instanceof DuplicateArticleError) {
      return { kind: "duplicate", message: error.message, articleId: error.existingArticleId };
    }
    if (error instanceof AppError) return { kind: "error", message: rowMessage(error) };
    // One article that trips up extraction must not stop the thousands after it; if the database
    // itself failed, recording the problem below fails too and the job stops there.
    processLog().error({ err: error, line: row.line }, "Bulk import row failed");
    return {
      kind: "error",
      message: "This row could not be stored because of an unexpected error (logged on the server).",
    };
  }
}

/**
 * Stores one row and moves the job past it in a single transaction, so that after a crash the job
 * resumes exactly at the first row not yet counted. `position` is the job's `processed` before this
 * row; if another server has moved it meanwhile, everything here is rolled back.
 */
export async function storeRow(
  db: Database,
  job: { id: number; createdBy: string },
  position: number,
  row: ReadyRow,
): Promise<void> {
  await db.transaction(async (tx) => {
    const outcome = await importRow(tx, job.createdBy, job.id, row);
    if (outcome.kind !== "imported") {
      await tx.insert(importProblems).values({
        jobId: job.id,
        line: row.line,
        kind: outcome.kind,
        message: outcome.message,
        articleId: outcome.kind === "duplicate" ? outcome.articleId : null,
      });
    }
    const moved = await tx
      .update(importJobs)
      .set({
        processed: sql`${importJobs.processed} + 1`,
        imported: sql`${importJobs.imported} + ${outcome.kind === "imported" ? 1 : 0}`,
        duplicates: sql`${importJobs.duplicates} + ${outcome.kind === "duplicate" ? 1 : 0}`,
        failed: sql`${importJobs.failed} + ${outcome.kind === "error" ? 1 : 0}`,
        heartbeatAt: sql`now()`,
      })
      .where(and(eq(importJobs.id, job.id), eq(importJobs.processed, position), eq(importJobs.status, "running")))
      .returning({ id: importJobs.id });
    if (moved.length === 0) throw new ImportJobTakenOver(`Import ${job.id} moved on without this server.`);
  });
}
