import { canonicalPublicRecord, type PublicRecord, publicRecordOf } from "~/domain/ledger/public-record";
import type { Database } from "../db/database-types";
import { sha256Hex } from "../sha256";
import { buildUpcomingDocument } from "./load-published-document";

export interface HashedRecord {
  record: PublicRecord;
  sha256: string;
}

export function hashRecord(record: PublicRecord): HashedRecord {
  return { record, sha256: sha256Hex(canonicalPublicRecord(record)) };
}

/** The public record that publishing the claim's latest verdict version would show now. */
export async function upcomingPublicRecord(db: Database, claimId: number, at = new Date()): Promise<HashedRecord> {
  return hashRecord(publicRecordOf(await buildUpcomingDocument(db, claimId, at)));
}
