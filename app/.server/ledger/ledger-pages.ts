import { AppError, type FieldErrors } from "~/domain/errors";
import { jsonLdScript } from "~/domain/ledger/claim-review";
import { listedDocument } from "~/domain/ledger/listed-document";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import {
  LEDGER_PAGE_SIZE,
  type LedgerFilters,
  type LedgerFilterValues,
  ledgerFilterParams,
  ledgerFiltersSchema,
  ledgerPageSchema,
  NO_LEDGER_FILTERS,
} from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";
import type { Database } from "../db/database-types";
import { renderMarkdown } from "../markdown";
import { listRatings } from "../review/ratings";
import {
  getLedgerClaim,
  type LedgerPage,
  type LedgerSpeaker,
  ledgerSpeaker,
  listLedgerClaims,
  topSpeakers,
  verdictCounts,
} from "./ledger-query";
import { ledgerVersion } from "./ledger-version";
import { publicClaimReview } from "./newsroom-claim-review";

// What each public ledger page shows, gathered in one call per page.

const SPEAKERS_IN_FILTER = 50;
const TOP_SPEAKERS = 10;

/** Null for a 404 (no such speaker on the ledger); a database failure is still a failure. */
function unlessNotFound(error: unknown): null {
  if (error instanceof AppError && error.status === 404) return null;
  throw error;
}

const address = (path: string, params: URLSearchParams) => (params.size > 0 ? `${path}?${params}` : path);

/** Addresses of the first and the next page of a list at `path` (same filters, other cursor). */
function pageLinks(path: string, filters: LedgerFilters, nextCursor: string | null) {
  const first = ledgerFilterParams(filters);
  const next = new URLSearchParams(first);
  if (nextCursor) next.set("cursor", nextCursor);
  return { first: address(path, first), next: nextCursor ? address(path, next) : null };
}

/** The same search's first page in the other order. */
function otherOrderLink(filters: LedgerFilters): string {
  return address(
    "/ledger",
    ledgerFilterParams({ ...filters, order: filters.order === "relevance" ? null : "relevance" }),
  );
}

/** The filters as a query string ("" for none) for the downloads of the same selection: every
 *  match, newest first, not the 1,000 a ranked list is cut to. */
function downloadsQuery(filters: LedgerFilters): string {
  return address("", ledgerFilterParams({ ...filters, order: null }));
}

type FilterReading = { filters: LedgerFilters; problems: null } | { filters: null; problems: FieldErrors };

/** The address's filters, or a message for each one that cannot be used. */
function readFilters(input: Record<string, string>): FilterReading {
  try {
    return { filters: parseInput(ledgerFiltersSchema, input), problems: null };
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 422) throw error;
    return { filters: null, problems: error.fields ?? { form: error.message } };
  }
}

/** The filters as the reader typed them, to show them back beside what is wrong with them. */
function typedValues(input: Record<string, string>): LedgerFilterValues {
  const typed = (key: keyof LedgerFilters) => input[key]?.trim() || null;
  return {
    verdict: typed("verdict"),
    speaker: typed("speaker"),
    kind: typed("kind"),
    from: typed("from"),
    to: typed("to"),
    outlet: typed("outlet"),
    q: typed("q"),
    order: typed("order"),
  };
}

/** /ledger's whole-ledger chart, top speakers and rating scale, as of one ledger version. */
async function readSidebar(db: Database) {
  const [counts, speakers, scale] = await Promise.all([
    verdictCounts(db),
    topSpeakers(db, SPEAKERS_IN_FILTER),
    listRatings(db),
  ]);
  return { counts, speakers, scale };
}

/** Per database, the sidebar of the ledger version it was read at. */
const sidebars = new WeakMap<Database, { tag: string; sidebar: ReturnType<typeof readSidebar> }>();

/** The sidebar changes only with the ledger, so it is counted once per ledger version (found by a few
 *  index reads) rather than on every view; every instance sees a new version as soon as it commits. */
async function ledgerSidebar(db: Database): ReturnType<typeof readSidebar> {
  const { tag } = await ledgerVersion(db);
  const kept = sidebars.get(db);
  if (kept?.tag === tag) return kept.sidebar;
  const sidebar = readSidebar(db);
  sidebars.set(db, { tag, sidebar });
  // A failed read is not kept: the next view tries again.
  sidebar.catch(() => {
    if (sidebars.get(db)?.sidebar === sidebar) sidebars.delete(db);
  });
  return sidebar;
}

const NO_CLAIMS: LedgerPage = { items: [], nextCursor: null, order: null, matchSource: null };

/** A page of a list as the page shows it: each claim's listed document, not its whole one. */
function listedPage(page: LedgerPage) {
  return {
    ...page,
    items: page.items.map(({ claimId, slug, underReview, ratingColour, document, highlights }) => ({
      claimId,
      slug,
      underReview,
      ratingColour,
      document: listedDocument(document),
      highlights,
    })),
  };
}

/** /ledger: a page of the list for the address's filters, with the whole ledger's chart. Filters
 *  that cannot be used list nothing and come back with a message each (`problems`). */
export async function ledgerIndexPage(db: Database, params: URLSearchParams) {
  const input = Object.fromEntries(params);
  const { cursor } = parseInput(ledgerPageSchema, input);
  const reading = readFilters(input);
  const [listed, { counts, speakers, scale }] = await Promise.all([
    reading.filters ? listLedgerClaims(db, reading.filters, cursor, LEDGER_PAGE_SIZE) : NO_CLAIMS,
    ledgerSidebar(db),
  ]);
  const filters = reading.filters;
  const chosen: LedgerSpeaker | null =
    filters?.speaker == null
      ? null
      : (speakers.find((speaker) => speaker.id === filters.speaker) ??
        (await ledgerSpeaker(db, String(filters.speaker)).catch(unlessNotFound)));
  const unknownSpeaker = filters !== null && filters.speaker !== null && chosen === null;
  const problems = reading.problems ?? (unknownSpeaker ? { speaker: "No published claims by this speaker." } : null);
  const speakerChoices = speakers.map(({ slug, name }) => ({ slug, name }));
  if (chosen && !speakers.some((speaker) => speaker.id === chosen.id)) speakerChoices.unshift(chosen);
  const shared = {
    counts,
    topSpeakers: speakers.slice(0, TOP_SPEAKERS),
    speakerChoices,
    ratings: scale.map(({ id, label }) => ({ id, label })),
  };
  if (problems || !filters)
    return {
      ...shared,
      problems,
      page: listedPage(NO_CLAIMS),
      filters: typedValues(input),
      filtered: true,
      isFirstPage: true,
      links: { first: "/ledger", next: null, otherOrder: null, downloads: "" },
    };
  return {
    ...shared,
    problems: null,
    page: listedPage(listed),
    filters: { ...filters, verdict: filters.verdict?.toString() ?? null, speaker: chosen?.slug ?? null },
    filtered: Object.values({ ...filters, order: null }).some((value) => value !== null),
    isFirstPage: cursor === null,
    links: {
      ...pageLinks("/ledger", filters, listed.nextCursor),
      otherOrder: otherOrderLink(filters),
      downloads: downloadsQuery(filters),
    },
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
  return { speaker, page: listedPage(page), counts, isFirstPage: cursor === null, links };
}
