import type { Database } from "./db/database-types";
import { auditEvents } from "./db/schema/all-tables";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: "user" | "article" | "rating" | "speaker";
  subjectId: string | number;
  details?: Record<string, unknown>;
}

/** Call inside the transaction that makes the change, so the record and the change stand or fall together. */
export async function recordAudit(tx: Database, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({ ...entry, subjectId: String(entry.subjectId), details: entry.details ?? {} });
}
