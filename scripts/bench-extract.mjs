// `npm run bench:extract`: scores `claimdesk extract --jsonl` and the compromise baseline on both shared
// splits (polnear-train.jsonl, polnear-dev.jsonl) in the same run, prints each report, the speed ratio
// on the train split, and speaker accuracy per confidence band and per sieve rule on each split; then
// times extraction of a ~1 MB invented article in-process. Skips (exit 0) when ../shared/bench is not there.
// `--no-baseline` leaves the (slow) compromise runs out.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const bench = `${root}../shared/bench`;
const splits = ["polnear-train.jsonl", "polnear-dev.jsonl"].filter((file) => existsSync(`${bench}/${file}`));
const withBaseline = !process.argv.includes("--no-baseline");

if (!existsSync(`${bench}/score.mjs`) || splits.length === 0) {
  console.log(`bench:extract skipped: ${bench} (score.mjs and the polnear splits) is not there.`);
  process.exit(0);
}

/** Runs the shared scorer; returns its report's figures. @param {string} label @param {string} split @param {string[]} command */
function score(label, split, command) {
  console.log(`\n== ${label} on ${split} ==`);
  const report = join(mkdtempSync(join(tmpdir(), "bench-extract-")), "report.json");
  const run = spawnSync(
    process.execPath,
    [`${bench}/score.mjs`, "--json", report, `${bench}/${split}`, "--", ...command],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    console.error(`${label}: the scorer failed (exit ${run.status})`);
    process.exit(1);
  }
  const figures = JSON.parse(readFileSync(report, "utf8"));
  rmSync(report, { force: true });
  return figures;
}

const buildCli = spawnSync(process.execPath, [`${root}scripts/build-cli.mjs`], { stdio: "inherit" });
if (buildCli.status !== 0) process.exit(1);

const ours = [process.execPath, `${root}build/cli/claimdesk.mjs`, "extract", "--jsonl"];
const baseline = [process.execPath, `${bench}/baselines/compromise.mjs`];
/** @type {{ split: string, ours: any, baseline: any }[]} */
const results = [];
for (const split of splits) {
  results.push({
    split,
    ours: score("claimdesk extract --jsonl", split, ours),
    baseline: withBaseline ? score("baseline: compromise", split, baseline) : null,
  });
}

const fmt = (/** @type {number | null | undefined} */ x) => (typeof x === "number" ? x.toFixed(3) : "n/a");
console.log("\n== summary ==");
for (const { split, ours: o, baseline: b } of results) {
  const line = (/** @type {string} */ name, /** @type {any} */ r) =>
    `${split.padEnd(20)} ${name.padEnd(10)} quoteF1=${fmt(r.quotes.lenient.f1)} speakerAcc=${fmt(r.quotes.speakerAccuracy)} chars/s=${Math.round(r.performance.charsPerSec)}`;
  console.log(line("claimdesk", o));
  if (b) console.log(line("compromise", b));
}
const train = results.find((result) => result.split === "polnear-train.jsonl") ?? results[0];
if (train?.baseline) {
  const ratio = train.ours.performance.charsPerSec / train.baseline.performance.charsPerSec;
  console.log(`speed on ${train.split}: ${ratio.toFixed(1)}× the compromise baseline (same run)`);
}

// The engine in-process, for what the scorer cannot see: accuracy per confidence band and per rule.
const engine = `${root}build/bench/extraction.mjs`;
await build({
  entryPoints: [`${root}app/domain/extraction/index.ts`],
  outfile: engine,
  bundle: true,
  format: "esm",
  platform: "node",
  logLevel: "warning",
});
const { extractClaims } = await import(pathToFileURL(engine).href);

/**
 * Speaker accuracy per confidence band and per rule, on matched quotes whose gold speaker names someone.
 * Matching and speaker comparison follow ../shared/bench/score.mjs (which reports neither band nor rule).
 * @param {string} file @param {(text: string) => any[]} extract
 */
function bandReport(file, extract) {
  const tally = new Map();
  const count = (/** @type {string} */ key, /** @type {boolean} */ right) => {
    const [n, ok] = tally.get(key) ?? [0, 0];
    tally.set(key, [n + 1, ok + (right ? 1 : 0)]);
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line);
    const predicted = extract(gold.text).filter((/** @type {any} */ claim) => claim.kind === "quote");
    for (const [g, p] of matchQuotes(gold.quotes, predicted)) {
      if (!g.speaker || speakerKind(g.speaker) !== "named") continue;
      const right = sameSpeaker(g.speaker, p.speaker);
      count(`band ${p.confidence ?? "none"}`, right);
      count(`rule ${p.attributionRule ?? "none"}`, right);
    }
  }
  return [...tally]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, [n, ok]]) => `  ${key.padEnd(28)} n=${String(n).padStart(5)}  accuracy=${(ok / n).toFixed(3)}`)
    .join("\n");
}

/** One-to-one greedy matching by overlap ratio, at least half of the longer span. @param {any[]} gold @param {any[]} predicted */
function matchQuotes(gold, predicted) {
  const pairs = [];
  for (const g of gold) {
    for (const p of predicted) {
      const overlap = Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start));
      const longer = Math.max(g.end - g.start, p.end - p.start);
      if (longer && overlap >= 0.5 * longer) pairs.push({ g, p, ratio: overlap / longer });
    }
  }
  pairs.sort((a, b) => b.ratio - a.ratio);
  const used = new Set();
  return pairs.filter(({ g, p }) => !used.has(g) && !used.has(p) && used.add(g).add(p)).map(({ g, p }) => [g, p]);
}

const TITLES = new Set(
  "mr mrs ms miss mx dr prof professor sen senator rep representative gov governor pres president vice secretary sec gen general col capt lt sgt adm rev reverend fr father sister brother judge justice mayor sir dame lord lady hon chairman chairwoman chair the former rabbi imam pope king queen prince princess st saint".split(
    " ",
  ),
);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"]);
const PRONOUNS = new Set(
  "i me my we us our you your he him his she her hers it its they them their theirs who whom whose which that this these those one someone somebody himself herself itself themselves myself ourselves yourself".split(
    " ",
  ),
);
/** @param {string} s */
const speakerHead = (s) =>
  (s.split(/,|\(|\bwho\b|\bwhich\b|\u2014|\u2013| - /)[0] ?? "")
    .replace(/['\u2019]s\b/g, "")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
/** @param {string} s */
function speakerTokens(s) {
  const tokens = speakerHead(s).map((t) => t.toLowerCase());
  while (tokens.length > 1 && TITLES.has(tokens[0] ?? "")) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(tokens.at(-1) ?? "")) tokens.pop();
  return tokens;
}
/** @param {string} gold */
function speakerKind(gold) {
  if (
    PRONOUNS.has(
      gold
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\s]/gu, "")
        .trim(),
    )
  )
    return "pronoun";
  return /^\p{Lu}/u.test(speakerHead(gold).at(-1) ?? "") ? "named" : "description";
}
/** @param {string} gold @param {string | null} predicted */
function sameSpeaker(gold, predicted) {
  if (predicted === null) return false;
  const g = speakerTokens(gold);
  const p = speakerTokens(predicted);
  if (!g.length || !p.length) return false;
  if (g.join(" ") === p.join(" ") || g.at(-1) === p.at(-1)) return true;
  if (p.length < 2) return false;
  for (let i = 0; i + p.length < g.length; i++) {
    if (p.every((t, k) => g[i + k] === t) && /^(?:of|at|from|for|with)$/.test(g[i + p.length] ?? "")) return true;
  }
  return false;
}

for (const split of splits) {
  console.log(`\n== speaker accuracy by confidence band and rule, ${split} (named gold speakers) ==`);
  console.log(bandReport(`${bench}/${split}`, extractClaims));
}

// A ~1 MB article made of invented paragraphs, varied so that names and numbers differ.
const people = ["Ana Ortiz", "Omar Haddad", "Lena Moss", "Ivan Petrov", "Hana Okafor", "Tom Reeve"];
/** @param {number} i */
const paragraphs = (i) => {
  const name = people[i % people.length] ?? "Ana Ortiz";
  const surname = name.split(" ")[1];
  return [
    `City council member ${name} said on Tuesday that ${i + 12} schools would close, calling the plan “a betrayal of ${i % 7} neighbourhoods.”`,
    `“We were promised $${(i % 90) + 10} million and got nothing,” ${surname} told reporters. “Nobody asked us.”`,
    `The mayor’s office disputed the figure. According to Sen. ${name} (D-Ore.), about ${i * 3}% of the budget is unspent.`,
    `Residents of Ward ${i % 30} met on Friday. Some called the decision ‘reckless’, others shrugged.`,
  ].join("\n\n");
};
let article = "";
for (let i = 0; article.length < 1_000_000; i++) article += `${paragraphs(i)}\n\n`;
const started = performance.now();
const claims = extractClaims(article);
const ms = performance.now() - started;
console.log(
  `\n1 MB article: ${article.length} chars, ${claims.length} claims in ${ms.toFixed(0)} ms (first run, cold)`,
);
