// `npm run bench:fidelity`: times the quote check (passage search, word diff and finding) on a
// generated 20,000-word transcript. Quotes are cut from random places and then changed the ways
// quotes are (a word changed, a word dropped, a middle stretch left out, two places stitched, or made
// up); each is timed with the transcript's word index built once, as for several quotes against one
// source, and again building it (what one source added on the claim page costs). Target: under 200 ms
// per quote.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "bench-fidelity-"));
const bundle = join(dir, "quote-fidelity.mjs");
await build({
  stdin: {
    contents: `export { checkQuote } from "./app/domain/quote-fidelity/check.ts";
export { indexWords } from "./app/domain/quote-fidelity/passage-search.ts";
export { wordsOf } from "./app/domain/quote-fidelity/words.ts";`,
    resolveDir: root,
    loader: "ts",
  },
  outfile: bundle,
  bundle: true,
  format: "esm",
  platform: "node",
  logLevel: "warning",
});
const { checkQuote, indexWords, wordsOf } = await import(pathToFileURL(bundle).href);
rmSync(dir, { recursive: true, force: true });

// A small deterministic generator, so every run times the same text.
let seed = 15;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = (/** @type {string[]} */ list) => /** @type {string} */ (list[Math.floor(random() * list.length)]);

const COMMON = "the a of to and in that is we it for on are be this with have not will our they you i was at as".split(
  " ",
);
const SYLLABLES = "ba ko ri sen tal mo vek lu dan per fi gor nu sta pla".split(" ");
const RARE = Array.from({ length: 3000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES));
const FILLERS = ["um", "uh", "you know"];

const WORDS = 20_000;
/** @type {string[]} */
const words = [];
while (words.length < WORDS) {
  const length = 8 + Math.floor(random() * 18);
  for (let i = 0; i < length; i++) {
    const roll = random();
    words.push(roll < 0.5 ? pick(COMMON) : roll < 0.53 ? pick(FILLERS) : pick(RARE));
  }
  words[words.length - 1] += ".";
}
const transcript = words.slice(0, WORDS).join(" ");

const QUOTES = 100;
const kinds = ["verbatim", "changed", "dropped", "left_out", "stitched", "absent"];
const quotes = Array.from({ length: QUOTES }, (_, n) => {
  const kind = kinds[n % kinds.length];
  const length = 12 + Math.floor(random() * 30);
  const at = Math.floor(random() * (WORDS - 2 * length));
  const cut = words.slice(at, at + length);
  if (kind === "changed") cut[Math.floor(length / 2)] = pick(RARE);
  if (kind === "dropped") cut.splice(Math.floor(length / 2), 1);
  if (kind === "left_out") cut.splice(Math.floor(length / 3), Math.floor(length / 3), "…");
  if (kind === "stitched") {
    const elsewhere = Math.floor(random() * (WORDS - length));
    cut.push(...words.slice(elsewhere, elsewhere + 8));
  }
  if (kind === "absent") return Array.from({ length }, () => pick(RARE)).join(" ");
  return cut.join(" ");
});

/** @template T @param {() => T} run */
const time = (run) => {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
};
const median = (/** @type {number[]} */ values) =>
  /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);
const format = (/** @type {number} */ ms) => `${ms.toFixed(2)} ms`;

// Warm the JIT as a running server is.
for (const quote of quotes.slice(0, 10)) checkQuote(quote, { text: transcript });

const indexed = time(() => indexWords(wordsOf(transcript)));
const shared = quotes.map((quote) => time(() => checkQuote(quote, { text: transcript }, indexed.result)));
const alone = quotes.map((quote) => time(() => checkQuote(quote, { text: transcript })));
const findings = new Map();
for (const [n, { result }] of shared.entries()) {
  const key = `${kinds[n % kinds.length]}→${result.finding}`;
  findings.set(key, (findings.get(key) ?? 0) + 1);
}

console.log(
  `Transcript: ${WORDS.toLocaleString("en-GB")} words (${transcript.length.toLocaleString("en-GB")} characters); ${QUOTES} quotes of 12–41 words.`,
);
console.log(`Word index of the transcript: ${format(indexed.ms)}`);
console.log(
  `Per quote, index shared:   median ${format(median(shared.map(({ ms }) => ms)))}, max ${format(Math.max(...shared.map(({ ms }) => ms)))}`,
);
console.log(
  `Per quote, index included: median ${format(median(alone.map(({ ms }) => ms)))}, max ${format(Math.max(...alone.map(({ ms }) => ms)))} (target under 200 ms)`,
);
console.log(`Findings: ${[...findings].map(([finding, count]) => `${finding} ${count}`).join(", ")}`);
