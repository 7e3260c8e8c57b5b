import { z } from "zod";
import { findOccurrence } from "~/domain/anchoring";
import { TRIAGE_ACTIONS, type WorkflowActor } from "~/domain/claim-workflow";
import { invalid } from "~/domain/errors";
import { claimRefSchema, claimSpeakerSchema, newClaimSchema, repeatOfField } from "~/domain/schemas/claim";
import { parseInput } from "~/domain/validation";
import { getArticle } from "../articles/articles";
import { type ClaimRef, makeClaim, setClaimSpeaker, setRepeatOf } from "../claims/claims";
import { transitionClaims } from "../claims/transitions";
import type { Database } from "../db/database-types";

// The article page posts one of several forms, told apart by `intent`. Each is parsed here, the claim
// it makes or changes with the shared schema of claims, and handed typed to the data function that
// does it; the result is the claim to select afterwards, and the claims just dismissed, which the page
// offers to undo.

const text = z.string().optional();
const nextClaim = z.coerce.number().int().positive().optional().catch(undefined);

const intents = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("triage"),
    action: z.enum(TRIAGE_ACTIONS, "Unknown action."),
    note: text,
    /** Words of the checker's own added to a dismissal's reason ("Other: a headline, not a claim"). */
    detail: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
    next: nextClaim,
  }),
  z.object({
    intent: z.literal("make-claim"),
    kind: text,
    start: text,
    end: text,
    selectedText: text,
    speaker: text,
    speakerTitle: text,
  }),
  z.object({
    intent: z.literal("make-claim-words"),
    kind: text,
    words: z.string().trim().min(1, "Type the words of the claim."),
    occurrence: z.coerce.number().int().min(1).catch(1),
    speaker: text,
    speakerTitle: text,
  }),
  z.object({ intent: z.literal("speaker"), speaker: text, speakerTitle: text }),
  z.object({ intent: z.literal("repeat"), repeatOf: repeatOfField }),
]);

/** The claims a form names, each as the user saw it; only claims of this article are accepted. */
function claimRefs(form: FormData, articleId: number): ClaimRef[] {
  const refs = form.getAll("claim").filter((value): value is string => typeof value === "string");
  if (refs.length === 0) throw invalid("Tick at least one claim first.");
  return refs.map((ref) => ({ ...parseInput(claimRefSchema, ref), articleId }));
}

/** The reason a dismissal is stored with: the one chosen, and the checker's words after it. */
const reasonWithDetail = (note: string | undefined, detail: string | undefined) =>
  note && detail ? `${note}: ${detail}` : note || detail;

export interface IntentOutcome {
  /** The claim to select afterwards. */
  selectId: number | null;
  /** The claims this form dismissed, for the page to offer "Undo". */
  dismissedIds: number[];
}

export async function runClaimIntent(
  db: Database,
  actor: WorkflowActor,
  articleId: number,
  form: FormData,
): Promise<IntentOutcome> {
  const fields = Object.fromEntries([...form.entries()].filter(([key]) => key !== "claim"));
  const input = parseInput(intents, fields);
  const selected = (selectId: number | null) => ({ selectId, dismissedIds: [] });
  switch (input.intent) {
    case "triage": {
      const refs = claimRefs(form, articleId);
      await transitionClaims(db, actor, input.action, refs, reasonWithDetail(input.note, input.detail));
      return {
        selectId: input.next ?? refs[0]?.id ?? null,
        dismissedIds: input.action === "dismiss" ? refs.map((ref) => ref.id) : [],
      };
    }
    case "make-claim":
      return selected(
        (
          await makeClaim(
            db,
            actor.id,
            parseInput(newClaimSchema, {
              ...input,
              articleId,
              start: input.start ?? "",
              end: input.end ?? "",
              expectedText: input.selectedText ?? null,
            }),
          )
        ).id,
      );
    case "make-claim-words": {
      const { body } = await getArticle(db, articleId);
      const place = findOccurrence(body, input.words, input.occurrence);
      if (!place)
        throw invalid(`Those words are not in the article${input.occurrence > 1 ? ` ${input.occurrence} times` : ""}.`);
      return selected(
        (await makeClaim(db, actor.id, parseInput(newClaimSchema, { ...input, ...place, articleId }))).id,
      );
    }
    case "speaker": {
      const [ref] = claimRefs(form, articleId);
      if (!ref) return selected(null);
      await setClaimSpeaker(db, actor.id, ref, parseInput(claimSpeakerSchema, input));
      return selected(ref.id);
    }
    case "repeat": {
      const [ref] = claimRefs(form, articleId);
      if (!ref) return selected(null);
      await setRepeatOf(db, actor.id, ref, input.repeatOf);
      return selected(ref.id);
    }
  }
}
