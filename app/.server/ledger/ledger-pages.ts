import { AppError } from "~/domain/errors";
import { jsonLdScript } from "~/domain/ledger/claim-review";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import {
  LEDGER_PAGE_SIZE,
  type LedgerFilters,
  ledgerFilterParams,
  ledgerFiltersSchema,
  ledgerPageSchema,
  NO_LEDGER_FILTERS,
} from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";
import type { Database } from "../db/types";
import { renderMarkdown } from "../markdown";
import { listRatings } from "../review/ratings";
import { publicClaimReview } from "./claim-review";
import {
  getLedgerClaim,
  type LedgerSpeaker,
  ledgerSpeaker,
  listLedgerClaims,
  topSpeakers,
  verdictCounts,
} from "./ledger-query";

// What each public ledger page shows, gathered in one call per page.

const SPEAKERS_IN_FILTER = 50;
const TOP_SPEAKERS = 10;

/** Null for a 404 (no such speaker on the ledger); a database failure is still a failure. */
function unlessNotFound(error: unknown): null {
  if (error instanceof AppError && error.status === 404) return null;
  throw error;
}

/** Addresses of the first and the next page of a list at `path` (same filters, other cursor). */
function pageLinks(path: string, filters: LedgerFilters, nextCursor: string | null) {
  const first = ledgerFilterParams(filters);
  const next = new URLSearchParams(first);
  if (nextCursor) next.set("cursor", nextCursor);
  const address = (params: URLSearchParams) => (params.size > 0 ? `${path}?${params}` : path);
  return { first: address(first), next: nextCursor ? address(next) : null };
}

/** /ledger: a page of the list for the address's filters, with the whole ledger's chart. */
export async function ledgerIndexPage(db: Database, params: URLSearchParams) {
  const input = Object.fromEntries(params);
  const filters = parseInput(ledgerFiltersSchema, input);
  const { cursor } = parseInput(ledgerPageSchema, input);
  const [page, counts, speakers, scale] = await Promise.all([
    listLedgerClaims(db, filters, cursor, LEDGER_PAGE_SIZE),
    verdictCounts(db),
    topSpeakers(db, SPEAKERS_IN_FILTER),
    listRatings(db),
  ]);
  const chosen: LedgerSpeaker | null =
    filters.speaker === null
      ? null
      : (speakers.find((speaker) => speaker.id === filters.speaker) ??
        (await ledgerSpeaker(db, String(filters.speaker)).catch(unlessNotFound)));
  const speakerChoices = speakers.map(({ slug, name }) => ({ slug, name }));
  if (chosen && !speakers.some((speaker) => speaker.id === chosen.id)) speakerChoices.unshift(chosen);
  return {
    page,
    filters: { ...filters, speaker: chosen?.slug ?? null },
    filtered: Object.values(filters).some((value) => value !== null),
    isFirstPage: cursor === null,
    links: pageLinks("/ledger", filters, page.nextCursor),
    counts,
    topSpeakers: speakers.slice(0, TOP_SPEAKERS),
    speakerChoices,
    ratings: scale.map(({ id, label }) => ({ id, label })),
  };
}

/** /ledger/<slug>: one published claim, its rationale rendered safe, with its ClaimReview JSON-LD
 *  and the addresses its page shares (`origin`: where readers reach the ledger). */
export async function ledgerClaimPage(db: Database, slug: string, origin: string) {
  const claim = await getLedgerClaim(db, slug);
  const rationaleHtml = (verdict: PublishedDocument["verdict"]) => renderMarkdown(verdict.rationale);
  const { pageUrl, newsroom, claimReview } = publicClaimReview(claim, origin);
  return {
    ...claim,
    rationaleHtml: rationaleHtml(claim.document.verdict),
    corrections: claim.document.corrections.map((verdict) => ({ verdict, rationaleHtml: rationaleHtml(verdict) })),
    pageUrl,
    newsroom,
    jsonLd: jsonLdScript(claimReview),
  };
}

/** /ledger/speakers/<slug>: a speaker's published claims and their verdict chart. */
export async function ledgerSpeakerPage(db: Database, slug: string, params: URLSearchParams) {
  const speaker = await ledgerSpeaker(db, slug);
  const { cursor } = parseInput(ledgerPageSchema, Object.fromEntries(params));
  const filters = parseInput(ledgerFiltersSchema, { speaker: String(speaker.id) });
  const [page, counts] = await Promise.all([
    listLedgerClaims(db, filters, cursor, LEDGER_PAGE_SIZE),
    verdictCounts(db, { speakerId: speaker.id }),
  ]);
  const links = pageLinks(`/ledger/speakers/${speaker.slug}`, NO_LEDGER_FILTERS, page.nextCursor);
  return { speaker, page, counts, isFirstPage: cursor === null, links };
}
