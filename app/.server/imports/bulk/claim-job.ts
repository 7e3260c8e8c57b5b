import { and, asc, eq, lt, or, sql } from "drizzle-orm";
import type { Database } from "../../db/database-types";
import { importJobs } from "../../db/schema/all-tables";

/** A server that has not renewed a running job's heartbeat for this long is taken to have died. */
export const STALE_HEARTBEAT_SECONDS = 60;

export interface ClaimedJob {
  id: number;
  createdBy: string;
  format: (typeof importJobs.$inferSelect)["format"];
  payload: string | null;
  /** Rows already done: the job carries on at the next one. */
  processed: number;
}

/**
 * Takes the oldest queued job, or a running one whose server stopped renewing its heartbeat. The row
 * lock with SKIP LOCKED lets several app instances poll the same database without two of them
 * taking the same job; database time (now()) keeps their clocks out of it.
 */
export async function claimNextImportJob(db: Database): Promise<ClaimedJob | null> {
  return db.transaction(async (tx) => {
    const staleBefore = sql`now() - make_interval(secs => ${STALE_HEARTBEAT_SECONDS})`;
    const [next] = await tx
      .select({ id: importJobs.id })
      .from(importJobs)
      .where(
        or(
          eq(importJobs.status, "queued"),
          and(eq(importJobs.status, "running"), lt(importJobs.heartbeatAt, staleBefore)),
        ),
      )
      .orderBy(asc(importJobs.id))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!next) return null;
    const [job] = await tx
      .update(importJobs)
      .set({ status: "running", heartbeatAt: sql`now()`, startedAt: sql`coalesce(${importJobs.startedAt}, now())` })
      .where(eq(importJobs.id, next.id))
      .returning({
        id: importJobs.id,
        createdBy: importJobs.createdBy,
        format: importJobs.format,
        payload: importJobs.payload,
        processed: importJobs.processed,
      });
    return job ?? null;
  });
}
