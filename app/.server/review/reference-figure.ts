import { and, eq } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { forbidden, invalid, notFound } from "~/domain/errors";
import { matchingFigures } from "~/domain/figure-match";
import { hasRole } from "~/domain/roles";
import type { FigureFromSourceInput, ReferenceFigureInput } from "~/domain/schemas/review";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, sources } from "../db/schema/all-tables";
import { lockForResearch } from "./research";

/** Records the figure a numeric claim is checked against: value, unit, as-of date and its source. */
export async function setReferenceFigure(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  figure: ReferenceFigureInput,
) {
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
    // The passage is evidence for one figure from one source: typing another figure or source drops it.
    const keepsPassage = figure.value === claim.referenceValue && figure.sourceId === claim.referenceSourceId;
    const version = await storeReference(tx, actor, claim, {
      value: figure.value,
      unit: figure.unit,
      asOf: figure.asOf,
      sourceId: figure.sourceId,
      passage: keepsPassage ? claim.referencePassage : null,
    });
    return { claim: { id: claimId, state: claim.state, version } };
  });
}

interface Reference {
  value: number | null;
  unit: string | null;
  asOf: string | null;
  sourceId: number | null;
  /** The sentence of the source the figure was taken from, kept as the evidence. */
  passage: string | null;
}

/** Stores a claim's reference figure with a `reference_set` event; returns the claim's new version. */
async function storeReference(
  tx: Database,
  actor: WorkflowActor,
  claim: { id: number; version: number },
  reference: Reference,
  extraDetails: Record<string, unknown> = {},
): Promise<number> {
  const version = claim.version + 1;
  await tx
    .update(claims)
    .set({
      referenceValue: reference.value,
      referenceUnit: reference.unit,
      referenceAsOf: reference.asOf,
      referenceSourceId: reference.sourceId,
      referencePassage: reference.passage,
      version,
      updatedAt: new Date(),
    })
    .where(eq(claims.id, claim.id));
  const { passage, ...figure } = reference;
  await recordClaimEvents(tx, [
    {
      claimId: claim.id,
      actorId: actor.id,
      action: "reference_set",
      details: { ...figure, ...(passage ? { passage } : {}), ...extraDetails },
    },
  ]);
  return version;
}

/** Makes a figure found in a source's captured text the claim's reference figure, keeping the sentence
 *  it sits in as the evidence. The figure is found again in the text as stored now, so a page captured
 *  anew since the list was shown cannot slip in another number. */
export async function setReferenceFromSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  chosen: FigureFromSourceInput,
) {
  if (!hasRole(actor.role, "checker")) throw forbidden("Only the newsroom's fact-checkers set reference figures.");
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, chosen.version);
    if (claim.kind !== "numeric") throw invalid("Only a claim about a number has a reference figure.");
    const [source] = await tx
      .select({ id: sources.id, capturedText: sources.capturedText })
      .from(sources)
      .where(and(eq(sources.id, chosen.sourceId), eq(sources.claimId, claimId)));
    if (!source) throw notFound("That source");
    const figure = matchingFigures(claim, source.capturedText ?? "").find((each) => each.start === chosen.figureAt);
    if (!figure) {
      throw invalid("That figure is no longer in the source's captured text. Reload the page to see its figures now.");
    }
    // The date of a figure typed before belongs to that figure, not to this one.
    const version = await storeReference(
      tx,
      actor,
      claim,
      { value: figure.value, unit: figure.unit, asOf: null, sourceId: source.id, passage: figure.sentence },
      { foundInSource: true },
    );
    return { claim: { id: claimId, state: claim.state, version } };
  });
}
