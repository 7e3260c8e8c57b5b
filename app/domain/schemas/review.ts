import { z } from "zod";
import { CLAIM_STATES } from "../claim-states";
import { SOURCE_KINDS } from "../sources";
import { optionalDay, optionalText, optionalWebAddress, webAddress } from "./article";
import { databaseId } from "./database-id";
import { hiddenId, hiddenNumber } from "./hidden-number";

// The shapes a form or an API client submits when reviewing a claim; routes and the API parse with
// the same schemas, so both give the same messages.

export const MAX_SUMMARY_LENGTH = 280;
export const MAX_RATIONALE_LENGTH = 20_000;

/** The version of the claim the user saw; a change made against an older one is refused (409). */
export const claimVersion = hiddenNumber;

export const sourceInputSchema = z.object({
  url: webAddress,
  title: z
    .string()
    .trim()
    .min(1, "Give the source a title.")
    .max(500, "The title is too long (at most 500 characters)."),
  publisher: optionalText(200, "The publisher"),
  kind: z
    .union([z.literal("").transform(() => "other" as const), z.enum(SOURCE_KINDS, "Choose a kind of source.")])
    .nullish()
    .transform((value) => value ?? "other"),
  passage: optionalText(5_000, "The passage"),
  accessedOn: optionalDay,
  archiveUrl: optionalWebAddress,
});
export type SourceInput = z.output<typeof sourceInputSchema>;

/** A source's fields with the claim version they were typed against; null (the API may leave it out)
 *  means the claim as it is now. */
export type VersionedSourceInput = SourceInput & { version: number | null };

export const verdictInputSchema = z.object({
  /** The label or the id of a rating on the newsroom's scale. */
  rating: z.union([z.string(), z.number()]).transform((value, context) => {
    const text = String(value).trim();
    if (!text) context.addIssue({ code: "custom", message: "Choose a rating." });
    return text;
  }),
  summary: z
    .string("Write a short summary.")
    .trim()
    .min(1, "Write a short summary.")
    .max(MAX_SUMMARY_LENGTH, `The summary is too long (at most ${MAX_SUMMARY_LENGTH} characters).`),
  rationale: z
    .string()
    .trim()
    .max(MAX_RATIONALE_LENGTH, `The rationale is too long (at most ${MAX_RATIONALE_LENGTH} characters).`)
    .nullish()
    .transform((value) => value ?? ""),
  version: claimVersion,
});
export type VerdictInput = z.output<typeof verdictInputSchema>;

const optionalNumber = z
  .union([
    z.literal("").transform(() => null),
    z.coerce.number("Type the reference figure as a number.").refine(Number.isFinite, "Type a number."),
  ])
  .nullish()
  .transform((value) => value ?? null);

export const referenceFigureSchema = z
  .object({
    value: optionalNumber,
    unit: optionalText(50, "The unit"),
    asOf: optionalDay,
    sourceId: z
      .union([z.literal("").transform(() => null), databaseId("Choose one of this claim's sources.")])
      .nullish()
      .transform((value) => value ?? null),
    version: claimVersion,
  })
  .refine((figure) => figure.value !== null || (figure.asOf === null && figure.sourceId === null), {
    message: "Type the reference figure, or clear the date and source too.",
    path: ["value"],
  });
export type ReferenceFigureInput = z.output<typeof referenceFigureSchema>;

export const commentInputSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write a comment first.")
    .max(10_000, "The comment is too long (at most 10,000 characters)."),
});
export type CommentInput = z.output<typeof commentInputSchema>;

export const transitionInputSchema = z.object({
  to: z.enum(CLAIM_STATES, `Choose a state: ${CLAIM_STATES.join(", ")}.`),
  version: claimVersion,
  note: optionalText(5_000, "The note"),
  assigneeId: z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null),
});
export type TransitionRequest = z.output<typeof transitionInputSchema>;

export const assignmentInputSchema = z.object({
  assigneeId: z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null),
  dueOn: optionalDay,
  version: claimVersion,
});
export type AssignmentInput = z.output<typeof assignmentInputSchema>;

export const ratingInputSchema = z.object({
  label: z.string().trim().min(1, "Give the rating a label.").max(60, "The label is too long (at most 60 characters)."),
  description: optionalText(500, "The description").transform((value) => value ?? ""),
  colour: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, "Give the colour as #rrggbb, for example #b91c1c."),
  scored: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .nullish()
    .transform((value) => value === true || value === "on" || value === "true"),
});
export type RatingInput = z.output<typeof ratingInputSchema>;

export const ratingMoveSchema = z.enum(["up", "down"], "Choose up or down.");
export type RatingMove = z.output<typeof ratingMoveSchema>;

const RELOAD = "Reload the page and try again.";

/** A figure found in a source's captured text, picked on the claim page as the reference figure. */
export const figureFromSourceSchema = z.object({
  sourceId: hiddenId("That source"),
  /** Where the figure starts in the source's captured text, as the claim page listed it. */
  figureAt: z.coerce.number(RELOAD).int(RELOAD).min(0, RELOAD),
  version: claimVersion,
});
export type FigureFromSourceInput = z.output<typeof figureFromSourceSchema>;
