// `npm run bench:extract`: scores `claimdesk extract --jsonl` and the compromise baseline on the shared
// development set in the same run, prints both reports and the speed ratio, then times extraction of a
// ~1 MB invented article in-process. Skips (exit 0) when ../shared/bench is not there.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const bench = `${root}../shared/bench`;
const gold = `${bench}/polnear-dev.jsonl`;

if (!existsSync(`${bench}/score.mjs`) || !existsSync(gold)) {
  console.log(`bench:extract skipped: ${bench} (score.mjs and polnear-dev.jsonl) is not there.`);
  process.exit(0);
}

/** @param {string} label @param {string[]} command @returns {number} chars/s */
function score(label, command) {
  console.log(`\n== ${label} ==`);
  const run = spawnSync(process.execPath, [`${bench}/score.mjs`, gold, "--", ...command], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    console.error(`${label}: the scorer failed (exit ${run.status})`);
    process.exit(1);
  }
  const charsPerSec = Number(/charsPerSec=(\d+)/.exec(run.stdout)?.[1]);
  return charsPerSec;
}

const buildCli = spawnSync(process.execPath, [`${root}scripts/build-cli.mjs`], { stdio: "inherit" });
if (buildCli.status !== 0) process.exit(1);

const ours = score("claimdesk extract --jsonl", [
  process.execPath,
  `${root}build/cli/claimdesk.mjs`,
  "extract",
  "--jsonl",
]);
const baseline = score("baseline: compromise", [process.execPath, `${bench}/baselines/compromise.mjs`]);
console.log(
  `\nspeed: ${Math.round(ours)} vs ${Math.round(baseline)} chars/s, ${(ours / baseline).toFixed(1)}× the baseline`,
);

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
const started = performance.now();
const claims = extractClaims(article);
const ms = performance.now() - started;
console.log(`1 MB article: ${article.length} chars, ${claims.length} claims in ${ms.toFixed(0)} ms (first run, cold)`);
