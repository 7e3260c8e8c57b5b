import { z } from "zod";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { repeatOfField } from "~/domain/schemas/claim";
import { hiddenId } from "~/domain/schemas/hidden-number";
import { claimVersion } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { setRepeatOf } from "../claims/claims";
import { transitionClaim } from "../claims/transitions";
import type { Database } from "../db/database-types";
import { addComment } from "../review/comments";
import { confirmationsFrom } from "../review/confirmations";
import { transcriptFromForm } from "../review/quote-check-transcript";
import { setReferenceFigure, setReferenceFromSource } from "../review/reference-figure";
import { captureSource } from "../review/source-capture";
import { addSource, addTranscript, removeSource, updateSource } from "../review/source-records";
import { proposeVerdict } from "../review/verdicts";

// The claim page posts one of several forms, told apart by `intent`. Each is handed to the data
// function that does it, which validates its own fields; the result is the part of the page to show.

export type ClaimPageSection = "workflow" | "sources" | "reference" | "verdict" | "comments" | "similar";

const intents = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("transition") }),
    z.object({ intent: z.literal("verdict") }),
    z.object({ intent: z.literal("add-source") }),
    z.object({ intent: z.literal("add-transcript") }),
    z.object({ intent: z.literal("edit-source"), sourceId: hiddenId("That source") }),
    z.object({ intent: z.literal("remove-source"), sourceId: hiddenId("That source") }),
    z.object({ intent: z.literal("reference") }),
    z.object({ intent: z.literal("reference-from-source") }),
    z.object({ intent: z.literal("comment") }),
    z.object({
      intent: z.literal("repeat"),
      repeatOf: repeatOfField,
      version: claimVersion,
    }),
  ],
  "Unknown action.",
);

/** The text fields of a submitted form, so a refused form can be shown again with what the user typed. */
export function submittedText(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export async function runClaimPageIntent(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  form: FormData,
): Promise<ClaimPageSection> {
  const fields = submittedText(form);
  const input = parseInput(intents, fields);
  switch (input.intent) {
    case "transition":
      await transitionClaim(db, actor, claimId, fields, confirmationsFrom(fields));
      return "workflow";
    case "verdict":
      await proposeVerdict(db, actor, claimId, fields);
      return "verdict";
    case "add-source": {
      const { source } = await addSource(db, actor, claimId, fields);
      await captureSource(db, source.id);
      return "sources";
    }
    case "add-transcript":
      await addTranscript(db, actor, claimId, fields, await transcriptFromForm(form));
      return "sources";
    case "edit-source": {
      const { recapture } = await updateSource(db, actor, claimId, input.sourceId, fields);
      if (recapture) await captureSource(db, input.sourceId);
      return "sources";
    }
    case "remove-source":
      await removeSource(db, actor, claimId, input.sourceId, fields);
      return "sources";
    case "reference":
      await setReferenceFigure(db, actor, claimId, fields);
      return "reference";
    case "reference-from-source":
      await setReferenceFromSource(db, actor, claimId, fields);
      return "reference";
    case "comment":
      await addComment(db, actor, claimId, fields);
      return "comments";
    case "repeat":
      await setRepeatOf(db, actor.id, { id: claimId, version: input.version }, input.repeatOf);
      return "similar";
  }
}
