import { z } from "zod";
import { emptyToNull } from "./empty";

// Address parameters of the ledger's machine-readable outputs other than the claim list (whose
// filters and pages are in ./ledger.ts).

export const CHAIN_PAGE_SIZE = 100;
export const MAX_CHAIN_PAGE_SIZE = 1000;

/** /ledger/chain.json?cursor=&limit=: entries oldest first, so a reader can recompute as they page. */
export const chainPageSchema = z.object({
  cursor: z
    .preprocess(
      emptyToNull,
      z
        .string()
        .regex(/^[1-9]\d{0,15}$/, "Unknown page.")
        .nullish(),
    )
    .transform((value) => (value ? Number(value) : null)),
  limit: z.preprocess(
    emptyToNull,
    z.coerce
      .number()
      .int()
      .min(1, "Ask for at least one entry.")
      .max(MAX_CHAIN_PAGE_SIZE, `Ask for at most ${MAX_CHAIN_PAGE_SIZE} entries a page.`)
      .nullish()
      .transform((value) => value ?? CHAIN_PAGE_SIZE),
  ),
});

/** A page of /ledger/chain.json as a verifying reader reads it (from a server it does not trust). */
export const chainJsonPageSchema = z.object({
  head: z.object({ id: z.number(), hash: z.string(), recordedAt: z.string() }).nullable(),
  items: z.array(
    z.object({
      id: z.number().int(),
      claimId: z.number().int(),
      kind: z.string(),
      recordedAt: z.string(),
      canonical: z.string(),
      previousHash: z.string(),
      hash: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
