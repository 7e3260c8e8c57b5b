// `npm run bench:import`: times a bulk import of 2,000 invented articles (plus 3 malformed rows) into a
// fresh in-memory embedded database, through the same job code the server's background worker runs.
// Target: 2,000 articles in under 2 minutes on the embedded database.
// Then times one dense 1 MB invented article (over 10,000 candidates): saving it, and an edit at both ends.

import { performance } from "node:perf_hooks";
import { tsImport } from "tsx/esm/api";

const ARTICLES = 2000;

/** @param {string} path */
const load = (path) => tsImport(path, import.meta.url);
const [
  { openDatabase },
  { migrateDatabase },
  { createUser },
  { createImportJob },
  { processNextImportJob },
  { createArticle },
  { updateArticle },
  { inventBigArticle },
  { articleInputSchema, articleEditSchema },
  { parseInput },
] = await Promise.all([
  load("../app/.server/db/open.ts"),
  load("../app/.server/db/migrate.ts"),
  load("../app/.server/users/user-accounts.ts"),
  load("../app/.server/imports/bulk/import-jobs.ts"),
  load("../app/.server/imports/bulk/worker.ts"),
  load("../app/.server/articles/articles.ts"),
  load("../app/.server/articles/article-edits.ts"),
  load("../tests/helpers/big-article.ts"),
  load("../app/domain/schemas/article.ts"),
  load("../app/domain/validation.ts"),
]);

// A seeded generator, so every run imports the same file and runs can be compared.
/** @param {number} seed */
function randomGenerator(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const random = randomGenerator(42);
/**
 * @template T
 * @param {T[]} list
 * @returns {T}
 */
const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
const amount = () => Math.floor(random() * 9_000) + 100;

const SPEAKERS = ["Maria Lopez", "John Okafor", "Priya Nair", "Tomas Berg", "Aisha Rahman", "Lena Fischer"];
const TITLES = [
  "the health minister",
  "the mayor",
  "the union leader",
  "the finance secretary",
  "the opposition leader",
];
const TOPICS = ["hospital beds", "bus routes", "teachers", "new homes", "police officers", "wind turbines"];
const VERBS = ["said", "told reporters", "insisted", "claimed", "warned"];

/** @param {number} n */
function paragraph(n) {
  const speaker = pick(SPEAKERS);
  const topic = pick(TOPICS);
  return pick([
    () =>
      `“We have delivered ${amount()} ${topic} since ${2015 + (n % 9)},” ${speaker}, ${pick(TITLES)}, ${pick(VERBS)}.`,
    () => `${speaker} ${pick(VERBS)} that spending on ${topic} rose by ${(random() * 30).toFixed(1)}% last year.`,
    () => `According to the council, ${amount()} residents were affected and £${amount()} million was set aside.`,
    () =>
      `“This is not about ${topic}, it is about trust,” ${speaker} ${pick(VERBS)} on ${pick(["Monday", "Friday"])}.`,
    () => `Figures published in ${pick(["March", "June", "October"])} show ${amount()} ${topic} in the region.`,
  ])();
}

/** @param {number} n */
function article(n) {
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () => paragraph(n));
  // The article number keeps every body distinct, so none is a duplicate of another.
  paragraphs.push(`Reference ${n}: this report was filed by the ${pick(["city", "politics", "health"])} desk.`);
  return {
    title: `${pick(TOPICS)} row: report ${n}`,
    body: paragraphs.join("\n\n"),
    outlet: pick(["The Ledger", "Harbour News", "Evening Post"]),
    byline: pick(SPEAKERS),
    publishedOn: `2025-0${1 + (n % 9)}-1${n % 10}`,
  };
}

const lines = Array.from({ length: ARTICLES }, (_, index) => JSON.stringify(article(index + 1)));
lines.splice(100, 0, '{"title": "Broken JSON", "body": ');
lines.splice(1000, 0, JSON.stringify({ body: "An article without a title." }));
lines.splice(1500, 0, JSON.stringify({ title: "Too big", body: "x".repeat(1_100_000) }));

/** @param {import("../app/.server/db/database-types.ts").Database} db */
const benchUser = (db) =>
  createUser(db, null, {
    email: "bench@example.com",
    displayName: "Bench",
    role: "checker",
    password: "bench password",
  });

const handle = await openDatabase({ pgliteDir: "memory://" });
try {
  await migrateDatabase(handle);
  const user = await benchUser(handle.db);
  const job = await createImportJob(
    handle.db,
    { id: user.id, role: "checker" },
    { fileName: "bench.jsonl", format: "jsonl", text: lines.join("\n") },
  );
  const started = performance.now();
  while (await processNextImportJob(handle.db)) {}
  const seconds = (performance.now() - started) / 1000;
  const {
    rows: [result],
  } = await handle.client.query(
    "select total, processed, imported, duplicates, failed, status from import_jobs where id = $1",
    [job.id],
  );
  console.log(`Imported ${ARTICLES} invented articles (+3 malformed rows) into an in-memory PGlite database`);
  console.log(`elapsed: ${seconds.toFixed(1)} s`);
  console.log(`rate: ${(result.processed / seconds).toFixed(1)} articles/s`);
  console.log(`counts: ${JSON.stringify(result)}`);
  console.log(seconds < 120 ? "OK: under the 2-minute target" : "SLOW: over the 2-minute target");
} finally {
  await handle.close();
}

const bigHandle = await openDatabase({ pgliteDir: "memory://" });
try {
  await migrateDatabase(bigHandle);
  const user = await benchUser(bigHandle.db);
  const { title, body } = inventBigArticle(1);
  let started = performance.now();
  // Timed as a save from the page is: the form parsed, then stored.
  const article = await createArticle(bigHandle.db, user.id, parseInput(articleInputSchema, { title, body }));
  const saveSeconds = (performance.now() - started) / 1000;
  const {
    rows: [{ candidates }],
  } = await bigHandle.client.query("select count(*)::int as candidates from claims where article_id = $1", [
    article.id,
  ]);
  // Shorter at the top and longer at the end, so that every claim has to be found again.
  const edited = `${body.replace(/^.*\n/, "Corrected.\n")}\n\nThe end.`;
  started = performance.now();
  const edit = parseInput(articleEditSchema, { title, body: edited });
  const result = await updateArticle(bigHandle.db, user.id, article.id, article.version, edit);
  const editSeconds = (performance.now() - started) / 1000;
  console.log(
    `\nOne invented article of ${(Buffer.byteLength(body) / 1_000_000).toFixed(2)} MB, ${candidates} candidates:`,
  );
  console.log(
    `saved in ${saveSeconds.toFixed(1)} s; edited at both ends in ${editSeconds.toFixed(1)} s (${result.moved} claims moved)`,
  );
} finally {
  await bigHandle.close();
}
