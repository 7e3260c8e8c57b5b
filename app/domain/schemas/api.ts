import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATES } from "../claim-states";
import { articleInputSchema } from "./article";
import { calendarDay, isCalendarDay } from "./calendar-day";
import { databaseId } from "./database-id";

// What the JSON API accepts beyond the shared schemas: its own names for a few fields and the claim
// list's query. Everything else an API client sends is checked by the same schemas as the forms.

const publicationTime = z.iso
  .datetime({ offset: true, local: true })
  .refine((time) => isCalendarDay(time.slice(0, 10)));
/** A calendar day, or a moment whose day as written is taken ("2025-01-18T09:30:00+01:00" → 2025-01-18). */
const publicationDay = z
  .union([calendarDay, publicationTime], {
    error: "Use a date like 2025-01-18 or a time like 2025-01-18T09:30:00Z.",
  })
  .transform((value) => value.slice(0, 10));

/** POST /api/v1/articles: the article form's fields and checks, with `publishedAt` for `publishedOn`. */
export const apiArticleSchema = articleInputSchema
  .omit({ publishedOn: true })
  .extend({ publishedAt: publicationDay.nullish() })
  .transform(({ publishedAt, ...article }) => ({ ...article, publishedOn: publishedAt ?? null }));

export const CLAIM_PAGE_SIZE = { default: 50, max: 200 } as const;

/** A query parameter left out or left empty (?state=) is no filter. */
const optionalParam = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const pageSizeMessage = `Use a whole number from 1 to ${CLAIM_PAGE_SIZE.max}.`;

/** GET /api/v1/claims?state=&assignee=&speaker=&article=&kind=&cursor=&limit= */
export const claimListQuerySchema = z.object({
  state: optionalParam(z.enum(CLAIM_STATES, `Use one of: ${CLAIM_STATES.join(", ")}.`)),
  /** A user id, or "me". */
  assignee: optionalParam(z.string().trim().max(100, "Use a user id or me.")),
  /** A speaker id, or a name as the speaker list shows it (or any of their other names). */
  speaker: optionalParam(z.string().trim().max(200, "The speaker's name is too long.")),
  article: optionalParam(databaseId("Use an article id.")),
  kind: optionalParam(z.enum(CLAIM_KINDS, `Use one of: ${CLAIM_KINDS.join(", ")}.`)),
  /** The nextCursor of the page before, as it was given. */
  cursor: optionalParam(z.string().max(300, "Use the nextCursor of the page before.")),
  limit: optionalParam(
    z.coerce
      .number(pageSizeMessage)
      .int(pageSizeMessage)
      .min(1, pageSizeMessage)
      .max(CLAIM_PAGE_SIZE.max, pageSizeMessage),
  ).transform((value) => value ?? CLAIM_PAGE_SIZE.default),
});
