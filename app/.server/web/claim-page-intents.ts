import { z } from "zod";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { repeatOfField } from "~/domain/schemas/claim";
import { hiddenId } from "~/domain/schemas/hidden-number";
import {
  claimVersion,
  commentInputSchema,
  figureFromSourceSchema,
  referenceFigureSchema,
  type SourceInput,
  sourceInputSchema,
  transitionInputSchema,
  verdictInputSchema,
} from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { setRepeatOf } from "../claims/claims";
import { transitionClaim } from "../claims/transitions";
import type { Database } from "../db/database-types";
import { addComment } from "../review/comments";
import type { Confirmations } from "../review/confirmations";
import { setReferenceFigure, setReferenceFromSource } from "../review/reference-figure";
import { captureSource } from "../review/source-capture";
import { addSource, addTranscript, removeSource, updateSource } from "../review/source-records";
import { proposeVerdict } from "../review/verdicts";
import { transcriptFromForm } from "./transcript-upload";

// The claim page posts one of several forms, told apart by `intent`. The intent's form is parsed here,
// once, with the shared schema of what it does, and the data function gets the typed result; what it
// returns is the part of the page to show.

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

/** What the person ticked to confirm an approval or a publication ("yes" when ticked). */
function confirmationsFrom(fields: Record<string, string>): Confirmations {
  return { previewed: fields.confirmPublish === "yes", uncapturedSources: fields.confirmUncaptured === "yes" };
}

/** A source's fields and the claim version they were typed against. The version is read on its own,
 *  after the fields, so a stale one is reported for the whole form: it has no field of its own to show. */
function versionedSource(fields: Record<string, string>): SourceInput & { version: number } {
  return { ...parseInput(sourceInputSchema, fields), version: parseInput(claimVersion, fields.version) };
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
      await transitionClaim(db, actor, claimId, parseInput(transitionInputSchema, fields), confirmationsFrom(fields));
      return "workflow";
    case "verdict":
      await proposeVerdict(db, actor, claimId, parseInput(verdictInputSchema, fields));
      return "verdict";
    case "add-source": {
      const { source } = await addSource(db, actor, claimId, versionedSource(fields));
      await captureSource(db, source.id);
      return "sources";
    }
    case "add-transcript": {
      const transcript = await transcriptFromForm(form);
      await addTranscript(db, actor, claimId, versionedSource(fields), transcript);
      return "sources";
    }
    case "edit-source": {
      const { recapture } = await updateSource(db, actor, claimId, input.sourceId, versionedSource(fields));
      if (recapture) await captureSource(db, input.sourceId);
      return "sources";
    }
    case "remove-source":
      await removeSource(db, actor, claimId, input.sourceId, parseInput(claimVersion, fields.version));
      return "sources";
    case "reference":
      await setReferenceFigure(db, actor, claimId, parseInput(referenceFigureSchema, fields));
      return "reference";
    case "reference-from-source":
      await setReferenceFromSource(db, actor, claimId, parseInput(figureFromSourceSchema, fields));
      return "reference";
    case "comment":
      await addComment(db, actor, claimId, parseInput(commentInputSchema, fields));
      return "comments";
    case "repeat":
      await setRepeatOf(db, actor.id, { id: claimId, version: input.version }, input.repeatOf);
      return "similar";
  }
}
