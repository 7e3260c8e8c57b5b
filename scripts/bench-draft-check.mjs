// `npm run bench:draft-check`: times the draft check (checkDraft, as POST /api/v1/check runs it) of a
// generated 2,000-word draft on the Postgres database in DATABASE_URL. Seed it first:
//   createdb -h 127.0.0.1 -U postgres bench_draft
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_draft npm run db:seed:synthetic -- --claims 100000
// The draft is written like the seeded ledger (its speakers, towns and sentence shapes), so its quotes
// and figures find many near claims: the expensive case, not a draft of unrelated prose.
import { tsImport } from "tsx/esm/api";

const RUNS = 7;
const WORDS = 2_000;

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write("Set DATABASE_URL to a Postgres database seeded with npm run db:seed:synthetic.\n");
  process.exit(2);
}

const { openDatabase } = await tsImport("../app/.server/db/open.ts", import.meta.url);
const { checkDraft } = await tsImport("../app/.server/claims/check-draft.ts", import.meta.url);
const { seededRandom, speakerName, syntheticClaim } = await tsImport("../app/cli/synthetic-claims.ts", import.meta.url);

const FILLER =
  "The meeting ran late into the evening as residents queued to speak about the plans for the centre of town, " +
  "and several of them said they had not been asked before the council voted on the first stage of the scheme.";
const UNRELATED = [
  "The museum lent 48 paintings to the gallery in the old corn exchange.",
  "Volunteers planted 1,350 trees along the river path over three weekends.",
  "The choir has 62 singers and rehearses twice a week.",
  "About 2,400 runners took part in the half marathon.",
];

/** A draft of about `words` words: quotes and figures by seeded speakers, some reworded from the
 *  ledger, unrelated figures and filler prose between them.
 *  @param {number} words */
function generateDraft(words) {
  const random = seededRandom(2026);
  const paragraphs = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const speaker = speakerName(Math.floor(random() * 2000));
    const claim = syntheticClaim(random, index + 1, speaker);
    let paragraph;
    if (index % 4 === 0) {
      paragraph = `“${claim.text.replace("has the best", "now has the very best")},” ${speaker} told the meeting.`;
    } else if (index % 4 === 1) {
      const millions = 10 + Math.floor(random() * 990);
      paragraph = `${speaker} said the council spent £${millions} million on ${claim.topic} last year.`;
    } else if (index % 4 === 2) {
      paragraph = UNRELATED[index % UNRELATED.length];
    } else {
      paragraph = FILLER;
    }
    paragraphs.push(paragraph, FILLER);
    count += `${paragraph} ${FILLER}`.split(/\s+/).length;
  }
  return paragraphs.join("\n\n");
}

const draft = generateDraft(WORDS);
const handle = await openDatabase({ url });
try {
  const [{ claims }] = await handle.client`select count(*)::int as claims from ledger_claims`;
  /** @type {import("../app/.server/claims/check-draft").DraftCheckResult} */
  const first = await checkDraft(handle.db, draft);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await checkDraft(handle.db, draft);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (/** @type {number | undefined} */ time) => `${(time ?? Number.NaN).toFixed(0)} ms`;
  const quotes = first.items.filter((item) => item.kind === "quote").length;
  const matches = first.items.reduce((sum, item) => sum + item.matches.length, 0);
  process.stdout.write(
    [
      `Draft: ${draft.split(/\s+/).length} words, ${draft.length} characters; ${quotes} quotes and ${first.items.length - quotes} figures checked.`,
      `Against ${claims} published claims on ${handle.location}: ${first.matched} quotes/figures matched, ${matches} matches in all.`,
      `Draft check, ${RUNS} runs after one warm-up: median ${ms(times[Math.floor(RUNS / 2)])}, fastest ${ms(times[0])}, slowest ${ms(times.at(-1))} (target under 500 ms).`,
      "",
    ].join("\n"),
  );
} finally {
  await handle.close();
}
