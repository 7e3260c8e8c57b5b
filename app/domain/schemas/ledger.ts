import { z } from "zod";
import { CLAIM_KINDS } from "../claim-states";
import { idFromSlug } from "../ledger/slug";
import { optionalDay, optionalText } from "./article";
import { databaseId } from "./database-id";
import { emptyToNull } from "./empty";

// The ledger's filters, read from the address (?verdict=&speaker=&kind=&from=&to=&outlet=&q=&order=),
// so /ledger, /ledger.json and /ledger.csv filter alike and every list can be shared as a link.

export const LEDGER_PAGE_SIZE = 20;
export const MAX_LEDGER_PAGE_SIZE = 200;

/** How a search's matches are ordered: newest first, or best match first when the reader asks
 *  (docs/decisions/0007-search-order.md). A list without a search is always newest first. */
export const LEDGER_ORDERS = ["newest", "relevance"] as const;
export type LedgerOrder = (typeof LEDGER_ORDERS)[number];
/** Best matches first ranks the newest this many matches: ranking reads every row it ranks. */
export const RANKED_MATCHES = 1000;

export const ledgerFiltersSchema = z
  .object({
    /** A rating's id. */
    verdict: z.preprocess(emptyToNull, databaseId("Choose a verdict.").nullish()),
    /** A speaker's slug (or just its id). */
    speaker: z.preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .transform((slug, context) => {
          const id = idFromSlug(slug);
          if (id === null) context.addIssue({ code: "custom", message: "Unknown speaker." });
          return id ?? 0;
        })
        .nullish(),
    ),
    kind: z.preprocess(emptyToNull, z.enum(CLAIM_KINDS, "Choose a kind of claim.").nullish()),
    from: optionalDay,
    to: optionalDay,
    outlet: optionalText(200, "The outlet"),
    q: optionalText(200, "The search"),
    order: z.preprocess(emptyToNull, z.enum(LEDGER_ORDERS, "Choose newest first or best matches first.").nullish()),
  })
  .transform((filters) => ({
    verdict: filters.verdict ?? null,
    speaker: filters.speaker ?? null,
    kind: filters.kind ?? null,
    from: filters.from,
    to: filters.to,
    outlet: filters.outlet,
    q: filters.q,
    /** Null for the default, newest first (so that links leave it out), and without a search. */
    order: filters.order === "relevance" && filters.q ? ("relevance" as const) : null,
  }))
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "The start date is after the end date.",
    path: ["to"],
  });
export type LedgerFilters = z.output<typeof ledgerFiltersSchema>;
/** The filters as the /ledger form shows them: chosen or typed, as text. */
export type LedgerFilterValues = Record<keyof LedgerFilters, string | null>;

export const ledgerPageSchema = z.object({
  cursor: z.preprocess(emptyToNull, z.string().max(200).nullish()).transform((value) => value ?? null),
  limit: z.preprocess(
    emptyToNull,
    z.coerce
      .number()
      .int()
      .min(1, "Ask for at least one claim.")
      .max(MAX_LEDGER_PAGE_SIZE, `Ask for at most ${MAX_LEDGER_PAGE_SIZE} claims a page.`)
      .nullish()
      .transform((value) => value ?? LEDGER_PAGE_SIZE),
  ),
});
export type LedgerPage = z.output<typeof ledgerPageSchema>;

export const NO_LEDGER_FILTERS: LedgerFilters = {
  verdict: null,
  speaker: null,
  kind: null,
  from: null,
  to: null,
  outlet: null,
  q: null,
  order: null,
};

/** The filters as address parameters, leaving out the empty ones. */
export function ledgerFilterParams(filters: LedgerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== "") params.set(key, String(value));
  }
  return params;
}
