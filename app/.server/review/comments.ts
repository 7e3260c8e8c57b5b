import { asc, eq } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { notFound } from "~/domain/errors";
import type { CommentInput } from "~/domain/schemas/review";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, comments, users } from "../db/schema/all-tables";

/** A note between checker and editor. It does not change the claim, so it needs no version. */
export async function addComment(db: Database, actor: WorkflowActor, claimId: number, { body }: CommentInput) {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
    if (!claim) throw notFound("That claim");
    const [comment] = await tx.insert(comments).values({ claimId, authorId: actor.id, body }).returning();
    if (!comment) throw new Error("Insert returned no comment");
    await recordClaimEvents(tx, [
      { claimId, actorId: actor.id, action: "commented", details: { commentId: comment.id } },
    ]);
    return comment;
  });
}

export function listComments(db: Database, claimId: number) {
  return db
    .select({ id: comments.id, body: comments.body, createdAt: comments.createdAt, authorName: users.displayName })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.claimId, claimId))
    .orderBy(asc(comments.id));
}
