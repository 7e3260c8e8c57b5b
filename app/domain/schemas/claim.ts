import { z } from "zod";
import { CLAIM_KINDS } from "../claim-states";
import { databaseId, isDatabaseId, MAX_DATABASE_INTEGER, rowId } from "./database-id";

const speakerName = z
  .string()
  .trim()
  .max(200, "The speaker's name is too long.")
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

const OUTSIDE = "The selection is outside the article.";
const textOffset = z.coerce.number(OUTSIDE).int(OUTSIDE).min(0, OUTSIDE).max(MAX_DATABASE_INTEGER, OUTSIDE);

export const newClaimSchema = z
  .object({
    articleId: rowId("That article", "Use an article id."),
    kind: z.enum(CLAIM_KINDS, "Choose quote, number or statement."),
    start: textOffset,
    end: textOffset,
    speaker: speakerName,
    speakerTitle: speakerName,
    /** The words the user selected, when made from a selection: checked against the stored text. */
    expectedText: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((claim) => claim.end > claim.start, { message: "Select some words first.", path: ["end"] });

export type NewClaim = z.output<typeof newClaimSchema>;

export const claimSpeakerSchema = z.object({ speaker: speakerName, speakerTitle: speakerName });
export type ClaimSpeaker = z.output<typeof claimSpeakerSchema>;

/** "id:version" pairs as a triage form posts them (one per checked claim). */
export const claimRefSchema = z
  .string()
  .transform((value) => value.split(":").map(Number))
  .refine((numbers) => numbers.length === 2 && numbers.every(isDatabaseId), "Reload the page and try again.")
  .transform(([id, version]) => ({ id: id as number, version: version as number }));

/** The earlier claim a claim repeats, as the "same talking point" form picks it; none when not one. */
export const repeatOfField = databaseId("Choose an earlier claim.").nullable().catch(null);
