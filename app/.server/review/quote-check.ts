import { eq } from "drizzle-orm";
import { canonicalJson, type JsonValue } from "~/domain/ledger/canonical-json";
import { checkQuote, QUOTE_FINDING_LABELS, type QuoteCheck } from "~/domain/quote-fidelity/check";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, sources } from "../db/schema/all-tables";

// A quote claim's words checked against each source's captured text or transcript. Computed when
// the text a source holds is set (a transcript added, a page captured) or looked at again (an edit,
// a re-check), and stored with the source: it is part of the claim's public record.

export type ClaimToCheck = { kind: string; text: string };

type SourceText = Pick<typeof sources.$inferSelect, "capturedText" | "transcriptTimes">;

export async function claimToCheck(tx: Database, claimId: number): Promise<ClaimToCheck> {
  const [claim] = await tx.select({ kind: claims.kind, text: claims.text }).from(claims).where(eq(claims.id, claimId));
  if (!claim) throw new Error(`Claim ${claimId} vanished inside its own transaction`);
  return claim;
}

/** Null for a claim that is not a quote, or a source with no text to search. */
export function quoteCheckOf(claim: ClaimToCheck, source: SourceText): QuoteCheck | null {
  if (claim.kind !== "quote" || !source.capturedText) return null;
  return checkQuote(claim.text, { text: source.capturedText, times: source.transcriptTimes });
}

/** The finding for an audit event's details. */
export const findingDetails = (check: QuoteCheck | null) => (check ? { quoteFinding: check.finding } : {});

const sameCheck = (a: QuoteCheck | null, b: QuoteCheck | null) =>
  canonicalJson((a ?? null) as JsonValue) === canonicalJson((b ?? null) as JsonValue);

/**
 * Recomputes a source's quote check from the text it holds now and stores it; a check that came out
 * different is recorded on the claim's history (who asked, or null for Claimdesk itself). Call inside
 * the transaction that changed the source's text, if any.
 */
export async function refreshQuoteCheck(
  tx: Database,
  claimId: number,
  source: SourceText & Pick<typeof sources.$inferSelect, "id" | "title" | "quoteCheck">,
  actorId: string | null,
): Promise<QuoteCheck | null> {
  const check = quoteCheckOf(await claimToCheck(tx, claimId), source);
  if (sameCheck(check, source.quoteCheck)) return check;
  await tx.update(sources).set({ quoteCheck: check }).where(eq(sources.id, source.id));
  if (check) {
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId,
        action: "quote_checked",
        note: `The quote against “${source.title}”: ${QUOTE_FINDING_LABELS[check.finding].toLowerCase()}.`,
        details: { sourceId: source.id, ...findingDetails(check) },
      },
    ]);
  }
  return check;
}
