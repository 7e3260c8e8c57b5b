import type { AssignmentActor } from "~/domain/assignment-rules";
import type { ClaimKind, ClaimState } from "~/domain/claim-states";
import { speakerKey } from "~/domain/speaker-key";
import type { Database } from "../db/database-types";
import { listQueue, type QueueRow } from "../review/review-queue";
import { findByKey as findSpeakerByKey } from "../speakers/speaker-records";

export interface ClaimListFilter {
  state: ClaimState | null;
  assigneeId: string | null;
  /** A speaker's id, or a name they go by. */
  speaker: number | string | null;
  articleId: number | null;
  kind: ClaimKind | null;
  /** The nextCursor of the page before. */
  cursor: string | null;
  limit: number;
}

/** Claims oldest first, a page at a time: the review queue's "all claims" view (keyset pages), with a
 *  speaker also found by name. */
export async function listClaims(
  db: Database,
  viewer: AssignmentActor,
  filter: ClaimListFilter,
): Promise<{ claims: QueueRow[]; nextCursor: string | null }> {
  let speakerId = typeof filter.speaker === "number" ? filter.speaker : null;
  if (typeof filter.speaker === "string") {
    const key = speakerKey(filter.speaker);
    const found = key ? await findSpeakerByKey(db, key) : undefined;
    // Nobody goes by that name, so no claim is theirs.
    if (!found) return { claims: [], nextCursor: null };
    speakerId = found.id;
  }
  const { rows, nextCursor } = await listQueue(
    db,
    viewer,
    {
      tab: "all",
      sort: "oldest",
      state: filter.state,
      assignee: filter.assigneeId,
      speaker: speakerId,
      article: filter.articleId,
      kind: filter.kind,
    },
    filter.cursor,
    undefined,
    filter.limit,
  );
  return { claims: rows, nextCursor };
}
