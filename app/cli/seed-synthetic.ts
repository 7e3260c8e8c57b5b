import { parseArgs } from "node:util";
import { asc, inArray, sql } from "drizzle-orm";
import { bodyFingerprint } from "~/.server/articles";
import { articles, claims, ledgerClaims, ratings, sources, speakers, users, verdicts } from "~/.server/db/schema";
import type { Database } from "~/.server/db/types";
import { appendLedgerEntries, type NewLedgerEntry } from "~/.server/ledger/chain";
import { asJson, ledgerClaimRow } from "~/.server/ledger/publish";
import { sha256Hex } from "~/.server/sha256";
import { type PublishedClaimFacts, shapePublishedDocument } from "~/domain/ledger/published-document";
import { speakerKey } from "~/domain/speaker-key";
import { withDatabase } from "./database-from-config";
import { type Random, seededRandom, speakerName, syntheticClaim } from "./synthetic-claims";

// `npm run db:seed:synthetic -- --claims 100000`: invented published claims for load tests, written
// in batches of multi-row inserts. Each claim goes through the same document shaping, hash chain
// and public projection as a real publication, so the ledger pages and `ledger verify` see a
// realistic ledger.

const USAGE = "Usage: claimdesk seed-synthetic --claims N [--seed S]";
const BATCH = 1000;
const CORRECTED_SHARE = 0.03;
const SYNTHETIC_USER = "synthetic-desk";

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
    const started = performance.now();
    const random = seededRandom(seed);
    // Seeded runs can repeat: every run adds new claims, numbered after the ones already there.
    const offset = await handle.db.$count(articles);
    const speakerIds = await ensureSpeakers(handle.db, Math.max(20, Math.ceil(total / 50)));
    await ensureSyntheticUser(handle.db);
    for (let done = 0; done < total; done += BATCH) {
      await seedBatch(handle.db, random, speakerIds, offset + done, Math.min(BATCH, total - done));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${Math.min(done + BATCH, total)} / ${total} claims (${seconds} s)\n`);
    }
    await handle.db.execute(sql`analyze`);
    process.stdout.write(`Seeded ${total} published claims into ${handle.kind} (${handle.location}).\n`);
  });
  return 0;
}

async function ensureSpeakers(db: Database, count: number): Promise<{ id: number; name: string }[]> {
  const names = Array.from({ length: count }, (_, index) => speakerName(index));
  for (let start = 0; start < names.length; start += BATCH) {
    const slice = names.slice(start, start + BATCH);
    await db
      .insert(speakers)
      .values(slice.map((name) => ({ displayName: name, nameKey: speakerKey(name) })))
      .onConflictDoNothing();
  }
  const rows = await db
    .select({ id: speakers.id, name: speakers.displayName, key: speakers.nameKey })
    .from(speakers)
    .where(inArray(speakers.nameKey, names.map(speakerKey)));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return names.flatMap((name) => byKey.get(speakerKey(name)) ?? []);
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

/** A few speakers say much more than the rest, as on a real ledger. */
function speakerFor(random: Random, speakerIds: { id: number; name: string }[]) {
  const index = Math.floor(random() ** 3 * speakerIds.length);
  return speakerIds[index] as { id: number; name: string };
}

async function seedBatch(
  db: Database,
  random: Random,
  speakerIds: { id: number; name: string }[],
  first: number,
  size: number,
) {
  const scale = await db.select().from(ratings).orderBy(asc(ratings.position));
  const planned = Array.from({ length: size }, (_, offset) => {
    const speaker = speakerFor(random, speakerIds);
    const claim = syntheticClaim(random, first + offset + 1, speaker.name);
    const checkedAt = new Date(
      Date.parse(claim.saidOn) + (2 + Math.floor(random() * 20)) * 86_400_000 + Math.floor(random() * 86_400_000),
    );
    return {
      speaker,
      claim,
      checkedAt,
      corrected: random() < CORRECTED_SHARE,
      correctionRating: Math.floor(random() * scale.length),
    };
  });
  await db.transaction(async (tx) => {
    const articleRows = await tx
      .insert(articles)
      .values(
        planned.map(({ claim }) => ({
          title: claim.title,
          body: claim.body,
          bodySha256: bodyFingerprint(claim.body),
          url: `https://news.example.invalid/${encodeURIComponent(claim.title.toLowerCase().replaceAll(" ", "-"))}`,
          outlet: claim.outlet,
          publishedOn: claim.saidOn,
        })),
      )
      .returning({ id: articles.id, url: articles.url });
    const claimRows = await tx
      .insert(claims)
      .values(
        planned.map(({ claim, speaker, checkedAt }, index) => {
          const start = claim.body.indexOf(claim.text);
          return {
            articleId: articleRows[index]?.id ?? 0,
            kind: claim.kind,
            text: claim.text,
            startOffset: start,
            endOffset: start + claim.text.length,
            speakerId: speaker.id,
            value: claim.value,
            unit: claim.unit,
            sentence: claim.body.split("\n\n")[1] ?? null,
            state: "published" as const,
            referenceValue: claim.reference,
            referenceUnit: claim.reference === null ? null : "GBP",
            referenceAsOf: claim.reference === null ? null : claim.saidOn,
            firstPublishedAt: checkedAt,
          };
        }),
      )
      .returning({ id: claims.id, articleId: claims.articleId });
    const claimIds = claimRows.map((row) => row.id);
    const verdictValues = planned.flatMap(({ claim, checkedAt, corrected, correctionRating }, index) => {
      const claimId = claimIds[index] ?? 0;
      const base = {
        claimId,
        summary: claim.summary,
        rationale: claim.rationale,
        authorId: SYNTHETIC_USER,
        approvedById: SYNTHETIC_USER,
      };
      const firstVerdict = {
        ...base,
        number: 1,
        ratingId: scale[claim.ratingIndex]?.id ?? 0,
        approvedAt: checkedAt,
        publishedAt: checkedAt,
      };
      if (!corrected) return [firstVerdict];
      const correctedAt = new Date(checkedAt.getTime() + 7 * 86_400_000);
      return [
        firstVerdict,
        {
          ...base,
          number: 2,
          ratingId: scale[correctionRating]?.id ?? 0,
          approvedAt: correctedAt,
          publishedAt: correctedAt,
          correctionNote: `Corrected after ${claim.outlet} published a revised figure.`,
        },
      ];
    });
    const verdictRows = await tx.insert(verdicts).values(verdictValues).returning();
    const sourceRows = await tx
      .insert(sources)
      .values(
        planned.map(({ claim, checkedAt }, index) => ({
          claimId: claimIds[index] ?? 0,
          url: `https://data.example.invalid/${claim.topic.replaceAll(" ", "-")}/${first + index + 1}`,
          title: `${claim.topic} statistics`,
          publisher: "Office for Invented Statistics",
          kind: "official_data" as const,
          passage: `The ${claim.topic} series for the period.`,
          accessedOn: checkedAt.toISOString().slice(0, 10),
          addedById: SYNTHETIC_USER,
          captureStatus: "captured" as const,
          capturedAt: checkedAt,
          capturedSha256: sha256Hex(`${claim.topic} ${index}`),
        })),
      )
      .returning();
    const latest = new Map<number, (typeof verdictRows)[number]>();
    for (const verdict of verdictRows) {
      if ((latest.get(verdict.claimId)?.number ?? 0) < verdict.number) latest.set(verdict.claimId, verdict);
    }
    const links = claimIds.map(
      (claimId, index) =>
        sql`(${claimId}::int, ${latest.get(claimId)?.id ?? null}::int, ${planned[index]?.claim.reference === null ? null : (sourceRows[index]?.id ?? null)}::int)`,
    );
    await tx.execute(sql`update claims set published_verdict_id = link.verdict_id, reference_source_id = link.source_id
      from (values ${sql.join(links, sql`, `)}) as link(claim_id, verdict_id, source_id)
      where claims.id = link.claim_id`);
    const publications: NewLedgerEntry[] = [];
    const corrections: NewLedgerEntry[] = [];
    const rows = planned.map(({ claim, speaker }, index) => {
      const claimId = claimIds[index] ?? 0;
      const article = articleRows[index];
      const source = sourceRows[index];
      const own = verdictRows.filter((verdict) => verdict.claimId === claimId);
      const current = latest.get(claimId);
      if (!article || !source || !current) throw new Error(`Batch rows out of step at claim ${claimId}.`);
      const facts = (upTo: number): PublishedClaimFacts => ({
        claim: {
          id: claimId,
          text: claim.text,
          kind: claim.kind,
          sentence: claim.body.split("\n\n")[1] ?? null,
          startOffset: claim.body.indexOf(claim.text),
          endOffset: claim.body.indexOf(claim.text) + claim.text.length,
          anchorLost: false,
          value: claim.value,
          unit: claim.unit,
          speakerTitle: null,
          referenceValue: claim.reference,
          referenceUnit: claim.reference === null ? null : "GBP",
          referenceAsOf: claim.reference === null ? null : claim.saidOn,
          firstPublishedAt: own[0]?.publishedAt ?? null,
          slug: null,
        },
        speaker,
        article: {
          title: claim.title,
          url: article.url,
          outlet: claim.outlet,
          publishedOn: claim.saidOn,
          body: claim.body,
        },
        publishedVerdicts: own
          .filter((verdict) => verdict.number <= upTo)
          .map((verdict) => ({ ...verdict, publishedAt: verdict.publishedAt ?? new Date() })),
        currentVerdictId: own.find((verdict) => verdict.number === upTo)?.id ?? 0,
        scale,
        sources: [
          {
            url: source.url,
            title: source.title,
            publisher: source.publisher,
            kind: source.kind,
            passage: source.passage,
            accessedOn: source.accessedOn,
            archiveUrl: null,
            capturedAt: source.capturedAt?.toISOString() ?? null,
            capturedSha256: source.capturedSha256,
          },
        ],
        referenceSource: claim.reference === null ? null : { title: source.title, url: source.url },
        repeats: { count: 0, appearances: [] },
      });
      const document = shapePublishedDocument(facts(current.number));
      if (current.number > 1) {
        publications.push({ claimId, kind: "publication", document: asJson(shapePublishedDocument(facts(1))) });
        corrections.push({ claimId, kind: "correction", document: asJson(document) });
      } else {
        publications.push({ claimId, kind: "publication", document: asJson(document) });
      }
      return ledgerClaimRow(document, { ratingId: current.ratingId, speakerId: speaker.id });
    });
    await appendLedgerEntries(tx, [...publications, ...corrections]);
    await tx.insert(ledgerClaims).values(rows);
  });
}
