import { and, eq } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { invalid } from "~/domain/errors";
import { referenceFigureSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { recordClaimEvents } from "../claim-events";
import { claims, sources } from "../db/schema";
import type { Database } from "../db/types";
import { lockForResearch } from "./research";

/** Records the figure a numeric claim is checked against: value, unit, as-of date and its source. */
export async function setReferenceFigure(db: Database, actor: WorkflowActor, claimId: number, input: unknown) {
  const figure = parseInput(referenceFigureSchema, input);
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, figure.version);
    if (claim.kind !== "numeric") throw invalid("Only a claim about a number has a reference figure.");
    if (figure.sourceId !== null) {
      const [source] = await tx
        .select({ id: sources.id })
        .from(sources)
        .where(and(eq(sources.id, figure.sourceId), eq(sources.claimId, claimId)));
      if (!source) throw invalid("Choose one of this claim's sources.", { sourceId: "Not a source of this claim." });
    }
    const version = claim.version + 1;
    await tx
      .update(claims)
      .set({
        referenceValue: figure.value,
        referenceUnit: figure.unit,
        referenceAsOf: figure.asOf,
        referenceSourceId: figure.sourceId,
        version,
        updatedAt: new Date(),
      })
      .where(eq(claims.id, claimId));
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId: actor.id,
        action: "reference_set",
        details: { value: figure.value, unit: figure.unit, asOf: figure.asOf, sourceId: figure.sourceId },
      },
    ]);
    return { claim: { id: claimId, state: claim.state, version } };
  });
}
