import { z } from "zod";
import { findOccurrence } from "~/domain/anchoring";
import { TRIAGE_ACTIONS, type WorkflowActor } from "~/domain/claim-workflow";
import { invalid } from "~/domain/errors";
import { claimRefSchema, repeatOfField } from "~/domain/schemas/claim";
import { parseInput } from "~/domain/validation";
import { getArticle } from "./articles";
import { type ClaimRef, makeClaim, setClaimSpeaker, setRepeatOf } from "./claims";
import type { Database } from "./db/types";
import { transitionClaims } from "./review/transitions";

// The article page posts one of several forms, told apart by `intent`. Each is parsed here and
// handed to the data function that does it; the result is the claim to select afterwards.

const text = z.string().optional();
const nextClaim = z.coerce.number().int().positive().optional().catch(undefined);

const intents = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("triage"),
    action: z.enum(TRIAGE_ACTIONS, "Unknown action."),
    note: text,
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

export async function runClaimIntent(
  db: Database,
  actor: WorkflowActor,
  articleId: number,
  form: FormData,
): Promise<number | null> {
  const fields = Object.fromEntries([...form.entries()].filter(([key]) => key !== "claim"));
  const input = parseInput(intents, fields);
  switch (input.intent) {
    case "triage": {
      const refs = claimRefs(form, articleId);
      await transitionClaims(db, actor, input.action, refs, input.note);
      return input.next ?? refs[0]?.id ?? null;
    }
    case "make-claim":
      return (
        await makeClaim(db, actor.id, {
          ...input,
          articleId,
          start: input.start ?? "",
          end: input.end ?? "",
          expectedText: input.selectedText ?? null,
        })
      ).id;
    case "make-claim-words": {
      const { body } = await getArticle(db, articleId);
      const place = findOccurrence(body, input.words, input.occurrence);
      if (!place)
        throw invalid(`Those words are not in the article${input.occurrence > 1 ? ` ${input.occurrence} times` : ""}.`);
      return (await makeClaim(db, actor.id, { ...input, ...place, articleId })).id;
    }
    case "speaker": {
      const [ref] = claimRefs(form, articleId);
      if (!ref) return null;
      await setClaimSpeaker(db, actor.id, ref, input);
      return ref.id;
    }
    case "repeat": {
      const [ref] = claimRefs(form, articleId);
      if (!ref) return null;
      await setRepeatOf(db, actor.id, ref, input.repeatOf);
      return ref.id;
    }
  }
}
