import { type SQL, sql } from "drizzle-orm";
import {
  type DraftClaim,
  draftClaims,
  FIGURE_SENTENCE_SIMILARITY,
  figureMatchReason,
  parseDraft,
  quoteMatchReason,
  toleranceRange,
  unitPattern,
} from "~/domain/draft-check";
import { speakerKey } from "~/domain/speaker-key";
import type { Database } from "./db/types";

// The draft check: nothing of the draft is stored. Every quote of the draft is looked up in one query
// served by the trigram index on claims.text; every figure in one query over the numeric claims whose
// value is in range. Both return at most a few claims per quote or figure.

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
  reason: string;
  sameSpeaker: boolean;
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

// The columns both lookups return for a claim on record, with its published or current rating.
const matchColumns = sql`
  m.id, m.text, m.sentence, m.value, m.unit, m.speaker_id as "speakerId", m.similarity,
  sp.display_name as "speakerName", lc.slug, pr.label as "publishedRating",
  (select r.label from verdicts v join ratings r on r.id = v.rating_id
    where v.claim_id = m.id order by v.number desc limit 1) as "currentRating"`;

const matchJoins = sql`
  left join speakers sp on sp.id = m.speaker_id
  left join ledger_claims lc on lc.claim_id = m.id
  left join ratings pr on pr.id = lc.rating_id`;

function quoteMatches(db: Database, probes: { index: number; claim: DraftClaim; speakerId: number | null }[]) {
  if (probes.length === 0) return Promise.resolve([]);
  return rowsOf<MatchRow>(
    db,
    sql`select p.i as probe, ${matchColumns}
        from unnest(${array(
          probes.map((probe) => probe.index),
          "int",
        )}, ${array(
          probes.map((probe) => probe.claim.text),
          "text",
        )}, ${array(
          probes.map((probe) => probe.speakerId),
          "int",
        )}) as p(i, text, speaker_id)
        cross join lateral (
          select c.id, c.text, c.sentence, c.value, c.unit, c.speaker_id,
            similarity(c.text, p.text)::float8 as similarity
          from claims c
          where c.text % p.text and c.kind <> 'numeric'
            and (c.published_verdict_id is not null or c.state in ${IN_REVIEW_STATES})
          order by (c.speaker_id = p.speaker_id) is true desc, similarity(c.text, p.text) desc, c.id
          limit ${MATCHES_PER_CLAIM * 2}
        ) m
        ${matchJoins}`,
  );
}

function figureMatches(db: Database, probes: { index: number; claim: DraftClaim; speakerId: number | null }[]) {
  if (probes.length === 0) return Promise.resolve([]);
  const ranges = probes.map((probe) => toleranceRange(probe.claim.value ?? 0));
  return rowsOf<MatchRow>(
    db,
    sql`with p(i, low, high, sentence, speaker_id, unit_pattern) as materialized (
          select * from unnest(
            ${array(
              probes.map((probe) => probe.index),
              "int",
            )}, ${array(
              ranges.map((range) => Math.min(range.low, range.high)),
              "float8",
            )}, ${array(
              ranges.map((range) => Math.max(range.low, range.high)),
              "float8",
            )}, ${array(
              probes.map((probe) => probe.claim.sentence),
              "text",
            )}, ${array(
              probes.map((probe) => probe.speakerId),
              "int",
            )}, ${array(
              probes.map((probe) => unitPattern(probe.claim.unit ?? "")),
              "text",
            )})
        ),
        candidates as (
          select p.i, c.id, c.text, c.sentence, c.value, c.unit, c.speaker_id,
            similarity(coalesce(c.sentence, c.text), p.sentence)::float8 as similarity,
            (c.speaker_id = p.speaker_id) is true as same_speaker
          from p join claims c
            on c.kind = 'numeric' and c.value between p.low and p.high and c.unit ~* p.unit_pattern
          where (c.published_verdict_id is not null or c.state in ${IN_REVIEW_STATES})
            and ((c.speaker_id = p.speaker_id) is true
              or similarity(coalesce(c.sentence, c.text), p.sentence) >= ${FIGURE_SENTENCE_SIMILARITY})
        ),
        ranked as (
          select *, row_number() over (partition by i order by same_speaker desc, similarity desc, id) as n
          from candidates
        )
        select m.i as probe, ${matchColumns}
        from ranked m
        ${matchJoins}
        where m.n <= ${MATCHES_PER_CLAIM * 2}`,
  );
}

function toMatch(row: MatchRow, reason: string, sameSpeaker: boolean): DraftMatch {
  const published = row.slug !== null;
  return {
    claimId: row.id,
    status: published ? "published" : "in_review",
    text: row.value !== null && row.sentence ? row.sentence.trim() : row.text,
    speakerName: row.speakerName,
    verdict: published ? row.publishedRating : row.currentRating,
    link: published ? `/ledger/${row.slug}` : `/claims/${row.id}`,
    reason,
    sameSpeaker,
  };
}

/** Checks a draft against the ledger and the claims in review. Nothing is stored. */
export async function checkDraft(db: Database, input: unknown): Promise<DraftCheckResult> {
  const claims = draftClaims(parseDraft(input));
  const speakerIds = await speakerIdsByKey(
    db,
    claims.map((claim) => claim.speaker),
  );
  const probes = claims.map((claim, index) => ({
    index,
    claim,
    speakerId: claim.speaker ? (speakerIds.get(speakerKey(claim.speaker)) ?? null) : null,
  }));
  const quotes = probes.filter((probe) => probe.claim.kind === "quote");
  const figures = probes.filter((probe) => probe.claim.kind === "numeric");
  const rows = [...(await quoteMatches(db, quotes)), ...(await figureMatches(db, figures))].sort(
    (a, b) => a.probe - b.probe || b.similarity - a.similarity || a.id - b.id,
  );

  const items: DraftCheckItem[] = probes.map(({ claim }) => ({ ...claim, matches: [] }));
  for (const row of rows) {
    const probe = probes[row.probe];
    const item = items[row.probe];
    if (!probe || !item) continue;
    const sameSpeaker = probe.speakerId !== null && row.speakerId === probe.speakerId;
    const published = row.slug !== null;
    // A claim still in review is listed only for the same speaker: another speaker's unpublished words
    // are not what the draft repeats.
    if (!published && !sameSpeaker) continue;
    const reason =
      probe.claim.kind === "quote"
        ? quoteMatchReason({ sameSpeaker, similarity: row.similarity, speakerName: row.speakerName })
        : figureMatchReason(
            { value: probe.claim.value ?? 0, unit: probe.claim.unit ?? "" },
            { value: row.value, unit: row.unit, sameSpeaker, similarity: row.similarity },
          );
    if (reason && item.matches.length < MATCHES_PER_CLAIM) item.matches.push(toMatch(row, reason, sameSpeaker));
  }
  return { items, matched: items.filter((item) => item.matches.length > 0).length };
}
