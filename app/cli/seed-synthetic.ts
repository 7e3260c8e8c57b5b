import { parseArgs } from "node:util";
import { asc, inArray, sql } from "drizzle-orm";
import { bodyFingerprint } from "~/.server/articles/articles";
import { quoteIdent } from "~/.server/backup/catalog";
import type { Database, DatabaseHandle } from "~/.server/db/database-types";
import { ratings, speakers, users } from "~/.server/db/schema/all-tables";
import { asJson, ledgerClaimRow } from "~/.server/ledger/publish";
import { sha256Hex } from "~/.server/sha256";
import type { ClaimState } from "~/domain/claim-states";
import { entryCanonical, GENESIS_HASH, hashInput, type LedgerEntryKind } from "~/domain/ledger/chain-hash";
import {
  type PublishedClaimFacts,
  type PublishedDocument,
  type ScaleRating,
  shapePublishedDocument,
  type VerdictVersionFacts,
} from "~/domain/ledger/published-document";
import { speakerKey } from "~/domain/speaker-key";
import { type BulkSession, CopyText, type CopyValue, inBulkTransaction } from "./bulk-copy";
import { withDatabase } from "./database-from-config";
import { type Random, type SyntheticClaim, seededRandom, speakerName, syntheticClaim } from "./synthetic-claims";

// `npm run db:seed:synthetic -- --claims 1000000`: invented published claims for load tests, plus a
// little open work for the review queue. Every row is generated in Node and streamed with COPY, one
// table at a time, inside one transaction; the secondary indexes and foreign keys of those tables are
// set aside during the load and rebuilt once after it, and the rows the ledger derives from its claims
// (ledger_search, ledger_tallies) are built set-wise by Postgres. Each claim still goes through the
// app's own document shaping, hash chain and public row, so the pages and `ledger verify` see a
// realistic ledger.

const USAGE = "Usage: claimdesk seed-synthetic --claims N [--seed S]";
const CORRECTED_SHARE = 0.03;
/** One open claim (candidate, researching, in review, approved) for every this many published. */
const PUBLISHED_PER_OPEN = 200;
const OPEN_STATES: ClaimState[] = ["candidate", "researching", "in_review", "approved"];
const SYNTHETIC_USER = "synthetic-desk";
const DAY = 86_400_000;

/** The tables the seeder writes, loaded in this order. */
const TABLES = ["articles", "claims", "verdicts", "sources", "ledger_claims", "ledger_entries", "ledger_search"];
/** Triggers that keep a table in step with the seeded ones row by row, and the statement that does
 *  their work for a batch of claims at once (ids above `$1` up to `$2`; a range with both ends, so
 *  that the planner, with no statistics yet, reads the batch by the primary key), run after
 *  each batch is copied, while Node makes the next one. Only those the schema has are set aside.
 *  Search rows go in publication order, as publishing appends them (claims are said, checked and
 *  published in claim order, give or take the days a check takes), so a search walking the date
 *  index reads neighbouring pages as it would on a real ledger (in random order a phrase search read
 *  one random page per row: 449 ms against 6 ms). */
const ROW_TRIGGERS = [
  {
    table: "ledger_claims",
    trigger: "ledger_claims_search",
    derive: `insert into ledger_search (claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, search)
      select claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, claimdesk_ledger_search_vector(ledger_claims)
      from ledger_claims where claim_id > $1 and claim_id <= $2 order by published_at, claim_id`,
  },
  {
    table: "ledger_claims",
    trigger: "ledger_claims_tally",
    derive: `insert into ledger_tallies (speaker_id, rating_id, claims)
      select speaker_id, rating_id, count(*) from ledger_claims where claim_id > $1 and claim_id <= $2 group by speaker_id, rating_id
      on conflict (speaker_id, rating_id) do update set claims = ledger_tallies.claims + excluded.claims`,
  },
  {
    table: "claims",
    trigger: "claims_state_count",
    derive: `insert into claim_state_counts (state, claims)
      select state, count(*) from claims where id > $1 and id <= $2 group by state
      on conflict (state) do update set claims = claim_state_counts.claims + excluded.claims`,
  },
];

export async function runSeedSynthetic(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { claims: { type: "string" }, seed: { type: "string", default: "1" } },
  });
  const total = Number(values.claims);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(total) || total < 1 || !Number.isSafeInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  await withDatabase(async (handle) => {
    const report = await seedSyntheticClaims(handle, {
      claims: total,
      seed,
      onStep: (step, seconds) => process.stdout.write(`  ${step}: ${seconds.toFixed(1)} s\n`),
    });
    const rate = Math.round(report.published / report.seconds);
    process.stdout.write(
      `Seeded ${report.published} published claims and ${report.open} open ones into ${handle.kind} (${handle.location}) in ${report.seconds.toFixed(1)} s (${rate} claims/s).\n`,
    );
  });
  return 0;
}

export interface SeedReport {
  published: number;
  open: number;
  /** Seconds from start to finish, analyze included. */
  seconds: number;
}

/** Adds `claims` synthetic published claims (and one open claim per PUBLISHED_PER_OPEN) to the database. */
export async function seedSyntheticClaims(
  handle: DatabaseHandle,
  options: {
    claims: number;
    seed: number;
    /** Claims made and copied at a time (10,000); tests pass a few to run several batches. */
    batch?: number;
    onStep?: (step: string, seconds: number) => void;
    onProgress?: (claimsCopied: number, claims: number) => void;
  },
): Promise<SeedReport> {
  const started = performance.now();
  let stepStarted = started;
  const step = (name: string) => {
    const now = performance.now();
    options.onStep?.(name, (now - stepStarted) / 1000);
    stepStarted = now;
  };
  const speakerRows = await ensureSpeakers(handle.db, Math.max(20, Math.ceil(options.claims / 50)));
  await ensureSyntheticUser(handle.db);
  const scale = await handle.db.select().from(ratings).orderBy(asc(ratings.position));
  const open = Math.ceil(options.claims / PUBLISHED_PER_OPEN);
  step("speakers and scale");
  await inBulkTransaction(handle, async (session) => {
    if (handle.kind === "postgres") {
      // Session settings only: index builds sort in memory, and the documents are compressed by the faster lz4.
      await session.exec("set local maintenance_work_mem = '512MB'");
      await session.exec("set local default_toast_compression = 'lz4'");
    }
    await session.exec(`lock table ${TABLES.join(", ")} in access exclusive mode`);
    const run = await startRun(session, {
      ...options,
      batch: options.batch ?? BATCH,
      open,
      speakers: speakerRows,
      scale,
    });
    const setAside = await setAsideIndexesAndKeys(session);
    step("indexes and foreign keys set aside");
    await copyPlannedRows(session, run, setAside.triggers, (done) => options.onProgress?.(done, options.claims + open));
    step(`rows generated and copied, ${setAside.triggers.map((each) => each.trigger).join(", ")} done set-wise`);
    for (const index of setAside.indexes) await session.exec(index.definition);
    step(`${setAside.indexes.length} indexes built`);
    for (const key of setAside.keys)
      await session.exec(`alter table ${key.table} add constraint ${key.name} ${key.definition}`);
    step(`${setAside.keys.length} foreign keys checked`);
    for (const { table, trigger } of setAside.triggers)
      await session.exec(`alter table ${table} enable trigger ${trigger}`);
    for (const table of IDENTITY_TABLES) {
      await session.query(`select setval(pg_get_serial_sequence($1, 'id'), (select max(id) from ${table}))`, [table]);
    }
  });
  await handle.db.execute(sql.raw(`analyze ${TABLES.join(", ")}, ledger_tallies`));
  step("analyze");
  return { published: options.claims, open, seconds: (performance.now() - started) / 1000 };
}

async function ensureSpeakers(db: Database, count: number): Promise<{ id: number; name: string }[]> {
  const names = Array.from({ length: count }, (_, index) => speakerName(index));
  const keys = names.map(speakerKey);
  const rows = JSON.stringify(names.map((name, index) => ({ display_name: name, name_key: keys[index] })));
  await db.execute(sql`insert into ${speakers} (display_name, name_key)
    select display_name, name_key from json_to_recordset(${rows}::json) as given(display_name text, name_key text)
    on conflict do nothing`);
  const stored = await db
    .select({ id: speakers.id, key: speakers.nameKey })
    .from(speakers)
    .where(inArray(speakers.nameKey, keys));
  const ids = new Map(stored.map((row) => [row.key, row.id]));
  return names.flatMap((name, index) => {
    const id = ids.get(keys[index] as string);
    return id === undefined ? [] : [{ id, name }];
  });
}

async function ensureSyntheticUser(db: Database) {
  await db
    .insert(users)
    .values({
      id: SYNTHETIC_USER,
      email: "synthetic-desk@example.invalid",
      displayName: "Synthetic desk",
      role: "editor",
      passwordHash: "!",
      disabledAt: new Date(),
    })
    .onConflictDoNothing();
}

const IDENTITY_TABLES = ["articles", "claims", "verdicts", "sources"] as const;

interface SeedRun {
  claims: number;
  open: number;
  seed: number;
  batch: number;
  speakers: { id: number; name: string }[];
  scale: ScaleRating[];
  /** The highest id already in each table: the run's rows are numbered after it. */
  bases: Record<(typeof IDENTITY_TABLES)[number], number>;
  /** The chain's head before the run. */
  head: string;
  recordedAt: Date;
}

async function startRun(
  session: BulkSession,
  options: Pick<SeedRun, "claims" | "open" | "seed" | "batch" | "speakers" | "scale">,
): Promise<SeedRun> {
  const [row] = await session.query<Record<string, number | string | null>>(
    `select ${IDENTITY_TABLES.map((table) => `(select coalesce(max(id), 0) from ${table}) as ${table}`).join(", ")},
            (select hash from ledger_entries order by id desc limit 1) as head`,
  );
  const bases = Object.fromEntries(IDENTITY_TABLES.map((table) => [table, Number(row?.[table] ?? 0)]));
  return {
    ...options,
    bases: bases as SeedRun["bases"],
    head: typeof row?.head === "string" ? row.head : GENESIS_HASH,
    recordedAt: new Date(),
  };
}

/** Secondary indexes and foreign keys of the seeded tables are dropped for the load, to be made again
 *  (each index built once, each key checked with one join) instead of maintained row by row; the
 *  row triggers are switched off, their work done set-wise after the load. */
async function setAsideIndexesAndKeys(session: BulkSession) {
  const tables = TABLES.map((table) => `'${table}'`).join(", ");
  const indexes = await session.query<{ name: string; definition: string }>(
    `select quote_ident(ic.relname) as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class ic on ic.oid = i.indexrelid
     join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relname in (${tables})
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  const keys = await session.query<{ table: string; name: string; definition: string }>(
    `select c.relname as table, quote_ident(f.conname) as name, pg_get_constraintdef(f.oid) as definition
     from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_namespace n on n.oid = c.relnamespace
     where f.contype = 'f' and n.nspname = 'public' and c.relname in (${tables})`,
  );
  for (const key of keys) await session.exec(`alter table ${quoteIdent(key.table)} drop constraint ${key.name}`);
  for (const index of indexes) await session.exec(`drop index public.${index.name}`);
  const present = await session.query<{ name: string }>(
    `select tgname as name from pg_trigger where tgname = any($1) and not tgisinternal`,
    [ROW_TRIGGERS.map((each) => each.trigger)],
  );
  const triggers = ROW_TRIGGERS.filter((each) => present.some((row) => row.name === each.trigger));
  for (const { table, trigger } of triggers) await session.exec(`alter table ${table} disable trigger ${trigger}`);
  return { indexes, keys: keys.map((key) => ({ ...key, table: quoteIdent(key.table) })), triggers };
}

// ---- The planned rows: claim i of a run is the same in every pass, so each table is streamed alone.

interface ClaimPlan {
  articleId: number;
  claimId: number;
  sourceId: number;
  speaker: { id: number; name: string };
  claim: SyntheticClaim;
  state: ClaimState;
  createdAt: Date;
  /** In number order; published ones first. */
  verdicts: VerdictVersionFacts[];
  assigneeId: string | null;
  dueOn: string | null;
}

/** A planned claim with its public document as each of its published verdicts left it, shaped once
 *  for both the ledger's row (the last) and its chain entries (each). */
interface ShapedPlan extends ClaimPlan {
  documents: PublishedDocument[];
}

/** A few speakers say much more than the rest, as on a real ledger. */
function speakerFor(random: Random, list: SeedRun["speakers"]) {
  return list[Math.floor(random() ** 3 * list.length)] as SeedRun["speakers"][number];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function* plans(run: SeedRun): Generator<ShapedPlan> {
  let verdictId = run.bases.verdicts;
  const ratingId = (index: number) => (run.scale[index % run.scale.length] as ScaleRating).id;
  for (let index = 0; index < run.claims + run.open; index++) {
    const articleId = run.bases.articles + index + 1;
    // Each claim's own stream: any pass can make claim i without making the ones before it.
    const random = seededRandom(Math.imul(run.seed, 0x9e3779b1) ^ articleId);
    const speaker = speakerFor(random, run.speakers);
    const claim = syntheticClaim(random, articleId, speaker.name, index / (run.claims + run.open));
    const createdAt = new Date(Date.parse(claim.saidOn) + Math.floor(random() * DAY));
    const checkedAt = new Date(createdAt.getTime() + (2 + Math.floor(random() * 20)) * DAY);
    const verdict = (number: number, rating: number, at: Date | null, approved: Date | null): VerdictVersionFacts => ({
      id: ++verdictId,
      number,
      ratingId: ratingId(rating),
      summary: claim.summary,
      rationale: claim.rationale,
      approvedAt: approved,
      publishedAt: at,
      correctionNote: number > 1 ? `Corrected after ${claim.outlet} published a revised figure.` : null,
    });
    const base = { articleId, claimId: run.bases.claims + index + 1, sourceId: run.bases.sources + index + 1 };
    if (index < run.claims) {
      const verdicts = [verdict(1, claim.ratingIndex, checkedAt, checkedAt)];
      if (random() < CORRECTED_SHARE) {
        const correctedAt = new Date(checkedAt.getTime() + 7 * DAY);
        verdicts.push(verdict(2, Math.floor(random() * run.scale.length), correctedAt, correctedAt));
      }
      yield shaped(
        { ...base, speaker, claim, state: "published", createdAt, verdicts, assigneeId: null, dueOn: null },
        run,
      );
    } else {
      const state = OPEN_STATES[index % OPEN_STATES.length] as ClaimState;
      const drafted = state === "in_review" || state === "approved";
      const verdicts = drafted ? [verdict(1, claim.ratingIndex, null, state === "approved" ? checkedAt : null)] : [];
      const assigneeId = state !== "candidate" && random() < 0.5 ? SYNTHETIC_USER : null;
      // Due dates from a month ago to two months ahead of the seeding: some overdue, most not.
      const dueOn =
        state === "candidate" ? null : isoDay(new Date(Date.now() + Math.floor((random() * 90 - 30) * DAY)));
      yield shaped({ ...base, speaker, claim, state, createdAt, verdicts, assigneeId, dueOn }, run);
    }
  }
}

const published = (plan: ClaimPlan) => plan.verdicts.filter((verdict) => verdict.publishedAt !== null);
const sentenceOf = (claim: SyntheticClaim) => claim.body.split("\n\n")[1] ?? null;
const startOf = (claim: SyntheticClaim) => claim.body.indexOf(claim.text);
const articleUrl = (plan: Pick<ClaimPlan, "articleId">) => `https://news.example.invalid/articles/${plan.articleId}`;
const sourceOf = (plan: ClaimPlan) => ({
  url: `https://data.example.invalid/${plan.claim.topic.replaceAll(" ", "-")}/${plan.claimId}`,
  title: `${plan.claim.topic} statistics`,
  publisher: "Office for Invented Statistics",
  kind: "official_data" as const,
  passage: `The ${plan.claim.topic} series for the period.`,
  accessedOn: isoDay(plan.createdAt),
  archiveUrl: null,
  capturedAt: plan.createdAt.toISOString(),
  capturedSha256: sha256Hex(`${plan.claim.topic} ${plan.claimId}`),
});

const shaped = (plan: ClaimPlan, run: SeedRun): ShapedPlan => ({
  ...plan,
  documents: published(plan).map((verdict) => documentOf(plan, run, verdict.number)),
});

/** The claim's public document with its first `upTo` published verdicts, shaped as publishing shapes it. */
function documentOf(plan: ClaimPlan, run: SeedRun, upTo: number): PublishedDocument {
  const { claim } = plan;
  const shown = published(plan).filter((verdict) => verdict.number <= upTo);
  const source = sourceOf(plan);
  const facts: PublishedClaimFacts = {
    claim: {
      id: plan.claimId,
      text: claim.text,
      kind: claim.kind,
      sentence: sentenceOf(claim),
      startOffset: startOf(claim),
      endOffset: startOf(claim) + claim.text.length,
      anchorLost: false,
      value: claim.value,
      unit: claim.unit,
      speakerTitle: null,
      referenceValue: claim.reference,
      referenceUnit: claim.reference === null ? null : "GBP",
      referenceAsOf: claim.reference === null ? null : claim.saidOn,
      firstPublishedAt: shown[0]?.publishedAt ?? null,
      slug: null,
    },
    speaker: plan.speaker,
    article: {
      title: claim.title,
      url: articleUrl(plan),
      outlet: claim.outlet,
      publishedOn: claim.saidOn,
      body: claim.body,
    },
    publishedVerdicts: shown.map((verdict) => ({ ...verdict, publishedAt: verdict.publishedAt ?? new Date(0) })),
    currentVerdictId: shown.at(-1)?.id ?? 0,
    scale: run.scale,
    sources: [source],
    referenceSource: claim.reference === null ? null : { title: source.title, url: source.url },
    repeats: { count: 0, appearances: [] },
  };
  return shapePublishedDocument(facts);
}

interface CopiedTable {
  name: string;
  columns: readonly string[];
  /** The table's rows for one planned claim; `chain` carries the hash chain from claim to claim. */
  rows(plan: ShapedPlan, run: SeedRun, chain: { head: string }): CopyValue[][];
}

/** Claims planned and turned into COPY text per batch; each batch is copied while the next is made. */
const BATCH = 10_000;
/** Claims made between turns of the event loop, so the batch being copied keeps flowing. */
const SLICE = 250;

async function copyPlannedRows(
  session: BulkSession,
  run: SeedRun,
  triggers: readonly { derive: string }[],
  onProgress: (done: number) => void,
) {
  const planned = plans(run);
  const chain = { head: run.head };
  let copying: Promise<void> = Promise.resolve();
  let done = 0;
  const texts = COPIED.map(() => new CopyText());
  for (;;) {
    let size = 0;
    for (let next = planned.next(); !next.done; next = planned.next()) {
      COPIED.forEach((table, index) => {
        for (const row of table.rows(next.value, run, chain)) texts[index]?.add(row);
      });
      if (++size === run.batch) break;
      if (size % SLICE === 0) await new Promise((resume) => setImmediate(resume));
    }
    const chunks = texts.map((text) => text.take());
    await copying;
    if (size === 0) return;
    const claimIds = [run.bases.claims + done, run.bases.claims + done + size];
    done += size;
    const copied = done;
    copying = (async () => {
      for (const [index, table] of COPIED.entries()) await session.copy(table.name, table.columns, chunks[index] ?? []);
      for (const { derive } of triggers) await session.query(derive, claimIds);
      onProgress(copied);
    })();
    // Awaited before the next batch is copied; marked handled so a failure is not reported twice.
    copying.catch(() => {});
  }
}

const table = (name: string, columns: readonly string[], rows: CopiedTable["rows"]): CopiedTable => ({
  name,
  columns,
  rows,
});

const COPIED: CopiedTable[] = [
  table(
    "articles",
    ["id", "title", "url", "outlet", "published_on", "body", "body_sha256", "created_at", "updated_at"],
    (plan) => {
      const { claim } = plan;
      const fingerprint = bodyFingerprint(claim.body);
      return [
        [
          plan.articleId,
          claim.title,
          articleUrl(plan),
          claim.outlet,
          claim.saidOn,
          claim.body,
          fingerprint,
          plan.createdAt,
          plan.createdAt,
        ],
      ];
    },
  ),
  table(
    "claims",
    [
      "id",
      "article_id",
      "kind",
      "text",
      "start_offset",
      "end_offset",
      "speaker_id",
      "value",
      "unit",
      "sentence",
      "state",
      "reference_value",
      "reference_unit",
      "reference_as_of",
      "reference_source_id",
      "published_verdict_id",
      "first_published_at",
      "assignee_id",
      "due_on",
      "created_at",
      "updated_at",
    ],
    (plan) => {
      const { claim } = plan;
      const shown = published(plan);
      const referenced = claim.reference !== null;
      return [
        [
          plan.claimId,
          plan.articleId,
          claim.kind,
          claim.text,
          startOf(claim),
          startOf(claim) + claim.text.length,
          plan.speaker.id,
          claim.value,
          claim.unit,
          sentenceOf(claim),
          plan.state,
          claim.reference,
          referenced ? "GBP" : null,
          referenced ? claim.saidOn : null,
          referenced ? plan.sourceId : null,
          shown.at(-1)?.id ?? null,
          shown[0]?.publishedAt ?? null,
          plan.assigneeId,
          plan.dueOn,
          plan.createdAt,
          shown.at(-1)?.publishedAt ?? plan.createdAt,
        ],
      ];
    },
  ),
  table(
    "verdicts",
    [
      "id",
      "claim_id",
      "number",
      "rating_id",
      "summary",
      "rationale",
      "author_id",
      "created_at",
      "approved_by_id",
      "approved_at",
      "published_at",
      "correction_note",
    ],
    (plan) =>
      plan.verdicts.map((verdict) => [
        verdict.id,
        plan.claimId,
        verdict.number,
        verdict.ratingId,
        verdict.summary,
        verdict.rationale,
        SYNTHETIC_USER,
        verdict.approvedAt ?? plan.createdAt,
        verdict.approvedAt ? SYNTHETIC_USER : null,
        verdict.approvedAt,
        verdict.publishedAt,
        verdict.correctionNote,
      ]),
  ),
  table(
    "sources",
    [
      "id",
      "claim_id",
      "url",
      "title",
      "publisher",
      "kind",
      "passage",
      "accessed_on",
      "added_by_id",
      "capture_status",
      "captured_at",
      "captured_sha256",
      "created_at",
    ],
    (plan) => {
      const source = sourceOf(plan);
      return [
        [
          plan.sourceId,
          plan.claimId,
          source.url,
          source.title,
          source.publisher,
          source.kind,
          source.passage,
          source.accessedOn,
          SYNTHETIC_USER,
          "captured",
          source.capturedAt,
          source.capturedSha256,
          plan.createdAt,
        ],
      ];
    },
  ),
  table(
    "ledger_claims",
    [
      "claim_id",
      "slug",
      "rating_id",
      "speaker_id",
      "speaker_name",
      "kind",
      "said_on",
      "outlet",
      "published_at",
      "first_published_at",
      "under_review",
      "document",
    ],
    (plan) => {
      const current = published(plan).at(-1);
      const document = plan.documents.at(-1);
      if (!current || !document) return [];
      const row = ledgerClaimRow(document, {
        ratingId: current.ratingId,
        speakerId: plan.speaker.id,
      });
      return [
        [
          row.claimId,
          row.slug,
          row.ratingId,
          row.speakerId,
          row.speakerName,
          row.kind,
          row.saidOn,
          row.outlet,
          row.publishedAt,
          row.firstPublishedAt,
          row.underReview,
          JSON.stringify(row.document),
        ],
      ];
    },
  ),
  table(
    "ledger_entries",
    ["claim_id", "kind", "canonical", "previous_hash", "hash", "recorded_at"],
    (plan, run, chain) =>
      plan.documents.map((shapedDocument, index) => {
        const kind: LedgerEntryKind = index === 0 ? "publication" : "correction";
        const document = asJson(shapedDocument);
        const recordedAt = run.recordedAt.toISOString();
        const canonical = entryCanonical({ claimId: plan.claimId, kind, recordedAt, document });
        const previousHash = chain.head;
        chain.head = sha256Hex(hashInput(previousHash, canonical));
        return [plan.claimId, kind, canonical, previousHash, chain.head, run.recordedAt];
      }),
  ),
];
