import { extractClaims } from "~/domain/extraction";
import type { ExtractedClaim } from "~/domain/extraction/types";
import { insertBatches } from "../db/batches";
import type { Database } from "../db/database-types";
import { claims } from "../db/schema/all-tables";
import { speakersForNames } from "../speakers/speaker-records";
import { recordClaimEvents } from "./claim-events";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Runs extraction on an article body and stores what it finds as candidate claims, skipping any
 *  that overlap a claim the article already has (kept: `existing`). Returns how many were added. */
export async function storeExtractedClaims(
  tx: Database,
  articleId: number,
  body: string,
  existing: { start: number; end: number }[] = [],
): Promise<number> {
  const found = extractClaims(body).filter((claim) => !existing.some((kept) => overlaps(kept, claim)));
  if (found.length === 0) return 0;
  const speakers = await speakersForNames(
    tx,
    found.flatMap((claim) => (claim.speaker ? [{ name: claim.speaker, title: claim.speakerTitle }] : [])),
  );
  const rows = found.map((claim) =>
    claimRow(articleId, claim, claim.speaker ? (speakers.get(claim.speaker)?.id ?? null) : null),
  );
  const inserted: { id: number }[] = [];
  for (const batch of insertBatches(claims, rows)) {
    inserted.push(...(await tx.insert(claims).values(batch).returning({ id: claims.id })));
  }
  await recordClaimEvents(
    tx,
    inserted.map(({ id }) => ({ claimId: id, actorId: null, action: "extracted", toState: "candidate" })),
  );
  return inserted.length;
}

function claimRow(articleId: number, claim: ExtractedClaim, speakerId: number | null) {
  return {
    articleId,
    kind: claim.kind,
    text: claim.text,
    startOffset: claim.start,
    endOffset: claim.end,
    speakerId,
    speakerTitle: claim.speakerTitle,
    speakerStart: claim.speakerStart,
    speakerEnd: claim.speakerEnd,
    cueStart: claim.cueStart,
    cueEnd: claim.cueEnd,
    attributionRule: claim.attributionRule,
    attributionConfidence: claim.confidence,
    antecedentStart: claim.antecedentStart,
    antecedentEnd: claim.antecedentEnd,
    speakerDescription: claim.speakerDescription,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
    sentence: claim.sentence,
  };
}
