import { type SQL, sql } from "drizzle-orm";
import { MIN_WORDS_ALIKE, toleranceRange } from "~/domain/claim-similarity";
import { type DraftClaim, draftClaims, figureMatchReason, quoteMatchReason, unitPattern } from "~/domain/draft-check";
import { speakerKey } from "~/domain/speaker-key";
import type { Database } from "../db/database-types";

// The draft check: nothing of the draft is stored. A quote or figure repeats a claim on record only when
// the same speaker said it, so all quotes are looked up in one query and all figures in another, each
// reading the speakers' claims through claims_speaker_idx, and at most a few claims come back for each.

/** States in which a claim is being worked on and not yet on the ledger. */
const IN_REVIEW_STATES = sql`('researching', 'in_review', 'approved')`;
const MATCHES_PER_CLAIM = 5;

export interface DraftMatch {
  claimId: number;
  /** On the public ledger (a published verdict, possibly under correction), or still in review. */
  status: "published" | "in_review";
  text: string;
  speakerName: string | null;
  /** The rating label: the published one, or the current draft verdict's; null before any verdict. */
  verdict: string | null;
  /** The ledger page for a published claim, the claim page for one in review. */
  link: string;
  /** Why it matched: "same speaker, 82 % alike words". */
  reason: string;
}

export interface DraftCheckItem extends DraftClaim {
  matches: DraftMatch[];
}

export interface DraftCheckResult {
  items: DraftCheckItem[];
  /** How many of the draft's quotes and figures repeat something on record. */
  matched: number;
}

interface MatchRow {
  probe: number;
  id: number;
  text: string;
  sentence: string | null;
  value: number | null;
  unit: string | null;
  speakerId: number | null;
  speakerName: string | null;
  similarity: number;
  slug: string | null;
  publishedRating: string | null;
  currentRating: string | null;
}

// drizzle's execute answers an array on postgres.js and { rows } on PGlite.
async function rowsOf<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? result : result.rows;
}

const array = (values: readonly unknown[], type: string) =>
  sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;

/** The live speaker each name stands for (by folded name or alias, as speakerForName finds them). */
async function speakerIdsByKey(db: Database, names: (string | null)[]): Promise<Map<string, number>> {
  const keys = [...new Set(names.flatMap((name) => (name ? [speakerKey(name)] : [])).filter(Boolean))];
  if (keys.length === 0) return new Map();
  const rows = await rowsOf<{ id: number; nameKey: string; aliasKeys: string[] }>(
    db,
    sql`select id, name_key as "nameKey", alias_keys as "aliasKeys" from speakers
        where merged_into_id is null and (name_key = any(${array(keys, "text")}) or alias_keys ?| ${array(keys, "text")})`,
  );
  const byKey = new Map<string, number>();
  for (const row of rows) {
    for (const key of [row.nameKey, ...row.aliasKeys]) if (keys.includes(key)) byKey.set(key, row.id);
  }
  return byKey;
}

// The columns a lookup returns for a claim on record, with its published or current rating.
const matchColumns = sql`
  m.id, m.text, m.sentence, m.value, m.unit, m.speaker_id as "speakerId", m.similarity,
  sp.display_name as "speakerName", lc.slug, pr.label as "publishedRating",
  (select r.label from verdicts v join ratings r on r.id = v.rating_id
    where v.claim_id = m.id order by v.number desc limit 1) as "currentRating"`;

type Probe = { index: number; claim: DraftClaim; speakerId: number | null };

/** The same speakers' claims on record, of the kind asked for, with how alike their words are. Read
 *  through the speaker's index: words common to thousands of claims cost nothing that way. */
function speakerMatches(db: Database, kind: "quote" | "numeric", probes: Probe[]) {
  const known = probes.filter((probe) => probe.speakerId !== null);
  if (known.length === 0) return Promise.resolve([]);
  const ranges = known.map((probe) => toleranceRange(probe.claim.value ?? 0));
  const words = kind === "quote" ? sql`c.text` : sql`coalesce(c.sentence, c.text)`;
  const sameThing =
    kind === "quote"
      ? sql`c.kind <> 'numeric'`
      : sql`c.kind = 'numeric' and c.value between p.low and p.high and c.unit ~* p.unit_pattern`;
  return rowsOf<MatchRow>(
    db,
    sql`select p.i as probe, ${matchColumns}
        from unnest(
          ${array(
            known.map((probe) => probe.index),
            "int",
          )},
          ${array(
            known.map((probe) => (kind === "quote" ? probe.claim.text : probe.claim.sentence)),
            "text",
          )},
          ${array(
            known.map((probe) => probe.speakerId),
            "int",
          )},
          ${array(
            ranges.map((range) => range.low),
            "float8",
          )},
          ${array(
            ranges.map((range) => range.high),
            "float8",
          )},
          ${array(
            known.map((probe) => unitPattern(probe.claim.unit ?? "")),
            "text",
          )}
        ) as p(i, words, speaker_id, low, high, unit_pattern)
        cross join lateral (
          select c.id, c.text, c.sentence, c.value, c.unit, c.speaker_id,
            similarity(${words}, p.words)::float8 as similarity
          from claims c
          where c.speaker_id = p.speaker_id and ${sameThing}
            and (c.published_verdict_id is not null or c.state in ${IN_REVIEW_STATES})
            and similarity(${words}, p.words) >= ${MIN_WORDS_ALIKE}
          order by similarity desc, c.id
          limit ${MATCHES_PER_CLAIM * 2}
        ) m
        left join speakers sp on sp.id = m.speaker_id
        left join ledger_claims lc on lc.claim_id = m.id
        left join ratings pr on pr.id = lc.rating_id`,
  );
}

function toMatch(row: MatchRow, reason: string): DraftMatch {
  const published = row.slug !== null;
  return {
    claimId: row.id,
    status: published ? "published" : "in_review",
    text: row.value !== null && row.sentence ? row.sentence.trim() : row.text,
    speakerName: row.speakerName,
    verdict: published ? row.publishedRating : row.currentRating,
    link: published ? `/ledger/${row.slug}` : `/claims/${row.id}`,
    reason,
  };
}

/** Checks a draft (its text, as parseDraft accepted it) against the ledger and the claims in review.
 *  Nothing is stored. */
export async function checkDraft(db: Database, draft: string): Promise<DraftCheckResult> {
  const claims = draftClaims(draft);
  const speakerIds = await speakerIdsByKey(
    db,
    claims.map((claim) => claim.speaker),
  );
  const probes: Probe[] = claims.map((claim, index) => ({
    index,
    claim,
    speakerId: claim.speaker ? (speakerIds.get(speakerKey(claim.speaker)) ?? null) : null,
  }));
  const quotes = probes.filter((probe) => probe.claim.kind === "quote");
  const figures = probes.filter((probe) => probe.claim.kind === "numeric");
  const rows = [...(await speakerMatches(db, "quote", quotes)), ...(await speakerMatches(db, "numeric", figures))];
  rows.sort((a, b) => a.probe - b.probe || b.similarity - a.similarity || a.id - b.id);
  const items: DraftCheckItem[] = claims.map((claim) => ({ ...claim, matches: [] }));
  for (const row of rows) {
    const probe = probes[row.probe];
    const item = items[row.probe];
    if (!probe || !item) continue;
    const reason =
      probe.claim.kind === "quote"
        ? quoteMatchReason(row.similarity)
        : figureMatchReason(
            { value: probe.claim.value ?? 0, unit: probe.claim.unit ?? "" },
            { value: row.value, unit: row.unit, similarity: row.similarity },
          );
    if (reason && item.matches.length < MATCHES_PER_CLAIM) item.matches.push(toMatch(row, reason));
  }
  return { items, matched: items.filter((item) => item.matches.length > 0).length };
}
