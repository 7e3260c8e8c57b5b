import { z } from "zod";
import { CLAIM_KINDS } from "../claim-states";

const speakerName = z
  .string()
  .trim()
  .max(200, "The speaker's name is too long.")
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

export const newClaimSchema = z
  .object({
    articleId: z.coerce.number().int().positive(),
    kind: z.enum(CLAIM_KINDS, "Choose quote, number or statement."),
    start: z.coerce.number().int().min(0, "The selection is outside the article."),
    end: z.coerce.number().int().min(0, "The selection is outside the article."),
    speaker: speakerName,
    speakerTitle: speakerName,
    /** The words the user selected, when made from a selection: checked against the stored text. */
    expectedText: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
  })
  .refine((claim) => claim.end > claim.start, { message: "Select some words first.", path: ["end"] });

export const claimSpeakerSchema = z.object({ speaker: speakerName, speakerTitle: speakerName });

/** A claim as a form or API client submits it, before validation. */
export interface NewClaimInput {
  articleId: number | string;
  kind?: string | undefined;
  start: number | string;
  end: number | string;
  speaker?: string | null | undefined;
  speakerTitle?: string | null | undefined;
  expectedText?: string | null | undefined;
}

/** "id:version" pairs as a triage form posts them (one per checked claim). */
export const claimRefSchema = z
  .string()
  .regex(/^\d+:\d+$/, "Reload the page and try again.")
  .transform((value) => {
    const [id, version] = value.split(":").map(Number);
    return { id: id as number, version: version as number };
  });
