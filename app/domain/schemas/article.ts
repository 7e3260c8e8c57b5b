import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../limits";
import { formatMegabytes, utf8ByteLength } from "../text-size";
import { calendarDay } from "./calendar-day";
import { databaseId } from "./database-id";
import { searchBox } from "./search-box";

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

/** Normalises line endings so offsets into the body mean the same thing on every platform. */
export function normaliseArticleBody(body: string): string {
  return body.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
}

/** A web address readers can follow: http or https only, so javascript:, data: and file: links are refused. */
export const webAddress = z.url({ protocol: /^https?$/, message: "The URL must start with http:// or https://." });

export const optionalWebAddress = z
  .union([z.literal("").transform(() => null), webAddress])
  .nullish()
  .transform((value) => value ?? null);

/** A calendar day typed as YYYY-MM-DD; empty means none. */
export const optionalDay = z
  .union([z.literal("").transform(() => null), calendarDay])
  .nullish()
  .transform((value) => value ?? null);

export const articleInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the article a title.")
    .max(500, "The title is too long (at most 500 characters)."),
  body: z
    .string()
    .transform(normaliseArticleBody)
    .refine((body) => body.trim().length > 0, "Paste the article text.")
    .refine((body) => utf8ByteLength(body) <= MAX_ARTICLE_BYTES, {
      error: (issue) =>
        `The article text is ${formatMegabytes(utf8ByteLength(String(issue.input)))}; the limit is ${formatMegabytes(MAX_ARTICLE_BYTES)}. Split it into parts or trim it.`,
      params: { status: 413 },
    }),
  url: optionalWebAddress,
  outlet: optionalText(200, "The outlet"),
  byline: optionalText(300, "The byline"),
  publishedOn: optionalDay,
});

export type ArticleInput = z.output<typeof articleInputSchema>;
export type ArticleFormInput = z.input<typeof articleInputSchema>;

/** An edit of an article: its fields, and a note saying why, which the edit needs when it changes what
 *  readers would see of an approved or published claim (those claims go back to review). */
export const articleEditSchema = articleInputSchema.extend({ note: optionalText(1000, "The note") });

export type ArticleEdit = z.output<typeof articleEditSchema>;

/** How an article can be added from the "Add an article" page. */
export const ADD_ARTICLE_WAYS = ["paste", "file", "url"] as const;
export type AddArticleWay = (typeof ADD_ARTICLE_WAYS)[number];

/** The "Add an article" page's address: which way's form to show, pasting when it names none it knows. */
export const addArticleQuerySchema = z.object({ via: z.enum(ADD_ARTICLE_WAYS).catch("paste") });

/** The article list's address: a search and a page, an unknown page or import read as none. */
export const articleListQuerySchema = z.object({
  before: databaseId("Unknown page.").optional().catch(undefined),
  q: searchBox,
  import: databaseId("Unknown import.").optional().catch(undefined),
});

/** An article page's address: the claim selected, whether every claim is listed, and the claims just
 *  dismissed, which the page offers to undo. Anything unreadable is ignored. */
export const articlePageQuerySchema = z.object({
  claim: z.coerce.number().int().positive().optional().catch(undefined),
  all: z.literal("1").optional().catch(undefined),
  dismissed: z
    .string()
    .transform((ids) => ids.split(",").map(Number).filter(Number.isSafeInteger))
    .optional()
    .catch(undefined),
});
