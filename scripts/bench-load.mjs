// `npm run bench:load -- --claims 1000000`: the ledger under load, side by side with a bare server.
// On DATABASE_URL (default: the claimdesk_bench database on the local Postgres, created if missing) it
// seeds synthetic claims up to --claims (or reuses them), builds and starts the production server
// and the bare reference server (scripts/bench-bare-ledger.mjs), then for each case runs autocannon
// against the bare page and then the app (--connections, --duration), and the app alone with one
// connection (its server time per request without queueing). It prints per case: req/s, p50, p99,
// the ratio to the bare page's req/s in the same round, app and Postgres CPU per request (from /proc)
// (its own backends only, told apart by their client ports) and the app's peak memory. Search terms, claims, speakers and deep cursors rotate on every request,
// so no URL is asked twice in a row and a cache keyed by URL cannot answer for the ledger.
//
// Options: --claims N (100000)  --duration S (10)  --connections C (20)  --cache on|off (off passes
// LEDGER_PAGE_CACHE=off to the app)  --app-env NAME=VALUE (repeatable)  --cases a,b (names below)
// --skip-build  --port P (3900; the bare server takes P+1).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
// @ts-expect-error autocannon ships no type declarations.
import autocannon from "autocannon";
import postgres from "postgres";
import { tsImport } from "tsx/esm/api";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    cache: { type: "string", default: "on" },
    "app-env": { type: "string", multiple: true, default: [] },
    cases: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    port: { type: "string", default: "3900" },
  },
});
const CLAIMS = Number(values.claims);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
const DATABASE_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/claimdesk_bench";
const EDITOR = { email: "bench-editor@example.invalid", password: "bench-load-editor-password" };
const CLI = "build/cli/claimdesk.mjs";
const SOLO_SECONDS = 2;

const { openDatabase } = await tsImport("../app/.server/db/open.ts", import.meta.url);
const { listLedgerClaims } = await tsImport("../app/.server/ledger/ledger-query.ts", import.meta.url);
const { ledgerFiltersSchema } = await tsImport("../app/domain/schemas/ledger.ts", import.meta.url);
const { schemeName, absentWord, syntheticPhrase, SYNTHETIC_SEARCH_TERMS } = await tsImport(
  "../app/cli/synthetic-claims.ts",
  import.meta.url,
);

const say = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
const cli = (/** @type {string[]} */ args, input = "") =>
  execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL }, input, encoding: "utf8" });

// ---- The database, the data and the servers

async function ensureDatabase() {
  const url = new URL(DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const [found] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!found) {
    await admin.unsafe(`create database "${name.replaceAll('"', '""')}"`);
    say(`Created database ${name}.`);
  }
  await admin.end();
}

/** Seeds up to CLAIMS published claims; returns the count and how long seeding took (null: reused). */
function ensureClaims(/** @type {postgres.Sql} */ monitor) {
  return monitor`select count(*)::int as claims from ledger_claims`.then(([row]) => {
    const existing = Number(row?.claims ?? 0);
    const missing = CLAIMS - existing;
    if (missing <= 0) {
      say(`Reusing ${existing} published claims${missing < 0 ? ` (more than the ${CLAIMS} asked)` : ""}.`);
      return { claims: existing, seedSeconds: null };
    }
    say(`Seeding ${missing} synthetic claims (the database has ${existing})…`);
    const started = performance.now();
    say(cli(["seed-synthetic", "--claims", String(missing)]).trim());
    return { claims: CLAIMS, seedSeconds: (performance.now() - started) / 1000 };
  });
}

function ensureEditor() {
  try {
    cli(["user", "create", "--email", EDITOR.email, "--name", "Bench editor", "--role", "editor"], EDITOR.password);
  } catch {
    // Already there from an earlier run (the password is the same).
  }
}

/** @param {string} command @param {string[]} args @param {Record<string, string>} env */
function start(command, args, env) {
  const child = spawn(command, args, {
    env: { ...process.env, DATABASE_URL, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${[command, ...args].join(" ")} stopped (${code ?? signal}); the bench cannot go on.\n`);
      process.exit(1);
    }
  });
  return child;
}

async function waitFor(/** @type {string} */ url) {
  for (let tries = 0; tries < 600; tries++) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within two minutes.`);
}

async function signIn(/** @type {string} */ base) {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: EDITOR.email, password: EDITOR.password, redirectTo: "/queue" }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().find((line) => line.includes("="));
  if (response.status !== 302 || !cookie) throw new Error(`Signing in as ${EDITOR.email} answered ${response.status}.`);
  return cookie.split(";")[0] ?? "";
}

// ---- What is measured

const ticks = (/** @type {string} */ stat) => {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
};
const cpuMs = (/** @type {number} */ pid) => {
  try {
    return ticks(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return 0;
  }
};
const memoryKb = (/** @type {number} */ pid, /** @type {string} */ field) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

/** The local TCP ports of a process's sockets (its connections to Postgres among them). */
function localPorts(/** @type {number} */ pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (socket) inodes.add(socket[1]);
    } catch {
      // Closed while listed.
    }
  }
  const ports = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (inodes.has(fields[9])) ports.add(Number.parseInt(fields[1]?.split(":")[1] ?? "", 16));
    }
  }
  return ports;
}

/** CPU ms so far of each Postgres backend serving the process `pid` (matched by its client port, so
 *  other work on the same database is not counted). */
async function backendCpu(/** @type {postgres.Sql} */ monitor, /** @type {number} */ pid) {
  const ports = localPorts(pid);
  const rows = await monitor`select pid, client_port from pg_stat_activity where datname = current_database()`;
  return new Map(rows.filter((row) => ports.has(row.client_port)).map((row) => [row.pid, cpuMs(row.pid)]));
}

function backendDelta(/** @type {Map<number, number>} */ before, /** @type {Map<number, number>} */ after) {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** @param {string} base @param {() => string} nextPath @param {Record<string, string>} headers
 *  @param {number} connections @param {number} duration */
function load(base, nextPath, headers, connections, duration) {
  return autocannon({
    url: base,
    connections,
    duration,
    headers,
    requests: [{ method: "GET", setupRequest: (/** @type {object} */ request) => ({ ...request, path: nextPath() }) }],
  });
}

/** The app's own query for a /ledger list (listLedgerClaims, in this process), timed for `samples`
 *  of the case's paths one at a time: median and slowest ms, or null for pages that are not a list. */
async function queryTimes(/** @type {{ db: unknown }} */ handle, /** @type {() => string} */ nextPath, samples = 20) {
  const times = [];
  for (let sample = 0; sample < samples; sample++) {
    const url = new URL(nextPath(), "http://bench");
    if (url.pathname !== "/ledger") return null;
    const { cursor, ...query } = Object.fromEntries(url.searchParams);
    const filters = ledgerFiltersSchema.parse(query);
    const started = performance.now();
    await listLedgerClaims(handle.db, filters, cursor ?? null, 20);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, max: times.at(-1) ?? 0 };
}

// ---- The cases

/** A rotation over `count` generated paths (each request takes the next). */
function rotation(/** @type {number} */ count, /** @type {(index: number) => string} */ path) {
  let index = 0;
  return () => path(index++ % count);
}
const q = (/** @type {string} */ terms) => `/ledger?q=${encodeURIComponent(terms)}`;
const pick = (/** @type {readonly string[]} */ list, /** @type {number} */ index) => list[index % list.length] ?? "";

async function deepCursors(/** @type {string} */ base) {
  // Cursors as the app hands them out, from pages 10 to 60 of 200 claims (claims 2,000–12,000 back).
  const cursors = [];
  let next = `${base}/ledger.json?limit=200`;
  for (let page = 1; page <= 60 && next; page++) {
    const body = await (await fetch(next)).json();
    if (page >= 10 && body.nextCursor) cursors.push(body.nextCursor);
    next = body.next;
  }
  return cursors;
}

async function buildCases(
  /** @type {postgres.Sql} */ monitor,
  /** @type {string} */ base,
  /** @type {number} */ claims,
) {
  const every = Math.max(1, Math.floor(claims / 2000));
  const slugs = (await monitor`select slug from ledger_claims where claim_id % ${every} = 0 limit 2000`).map(
    (row) => row.slug,
  );
  const speakers = (
    await monitor`select distinct document #>> '{speaker,slug}' as slug from ledger_claims
      where claim_id % ${every} = 0 and speaker_id is not null limit 500`
  ).map((row) => row.slug);
  const ratings = (await monitor`select id from ratings order by position`).map((row) => row.id);
  const kinds = ["quote", "numeric", "statement"];
  const cursors = await deepCursors(base);
  const terms = SYNTHETIC_SEARCH_TERMS;
  const queue = (/** @type {string} */ tab) => ({
    name: `queue ${tab}`,
    path: () => `/queue?tab=${tab}`,
    signedIn: true,
  });
  return [
    { name: "newest /ledger", path: () => "/ledger" },
    {
      name: "filtered verdict+kind",
      path: rotation(
        ratings.length * kinds.length,
        (i) => `/ledger?verdict=${pick(ratings, i)}&kind=${kinds[Math.floor(i / ratings.length) % 3]}`,
      ),
    },
    {
      name: "deep cursor",
      path: rotation(cursors.length, (i) => `/ledger?cursor=${encodeURIComponent(pick(cursors, i))}`),
    },
    // A word in every claim, or'ed with a rotating rare word: one URL per request, every claim matches.
    { name: "search every claim", path: rotation(1e6, (i) => q(`${pick(terms.everywhere, i)} or ${schemeName(i)}`)) },
    { name: "search common", path: rotation(1e6, (i) => q(`${pick(terms.common, i)} or ${schemeName(i * 7)}`)) },
    { name: "search rare", path: rotation(1e6, (i) => q(schemeName(i * 13))) },
    { name: "search absent", path: rotation(1e6, (i) => q(`${absentWord(i)} ${absentWord(Math.floor(i / 432) + 5)}`)) },
    { name: "search phrase", path: rotation(1e6, (i) => q(syntheticPhrase(i))) },
    // The reader's "Best matches first": the 1,000 newest matches of a common word, ranked.
    {
      name: "search ranked",
      path: rotation(1e6, (i) => `${q(`${pick(terms.common, i)} or ${schemeName(i * 11)}`)}&order=relevance`),
    },
    { name: "claim page", path: rotation(slugs.length, (i) => `/ledger/${pick(slugs, i)}`) },
    { name: "speaker page", path: rotation(speakers.length, (i) => `/ledger/speakers/${pick(speakers, i)}`) },
    { name: "/ledger.json", path: () => "/ledger.json" },
    { name: "feed", path: () => "/ledger/feed.xml" },
    { name: "queue (first tab with work)", path: () => "/queue", signedIn: true },
    queue("mine"),
    queue("review"),
    queue("unassigned"),
    queue("overdue"),
    queue("all"),
  ];
}

// ---- The run

let stopping = false;

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" ")}, Node ${process.version}`;
}

const fixed = (/** @type {number} */ value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

async function main() {
  if (!values["skip-build"] || !existsSync(CLI)) execFileSync("npm", ["run", "-s", "build"], { stdio: "inherit" });
  await ensureDatabase();
  say(cli(["db", "migrate"]).trim());
  const monitor = postgres(DATABASE_URL, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: "bench-monitor" },
  });
  const { claims, seedSeconds } = await ensureClaims(monitor);
  const handle = await openDatabase({ url: DATABASE_URL });
  ensureEditor();
  const appEnv = Object.fromEntries(values["app-env"].map((pair) => pair.split(/=(.*)/s).slice(0, 2)));
  if (values.cache === "off") appEnv.LEDGER_PAGE_CACHE = "off";
  const app = start("scripts/serve.sh", [], {
    PORT: String(PORT),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    ...appEnv,
  });
  const appPid = app.pid ?? 0;
  const bare = start(process.execPath, ["scripts/bench-bare-ledger.mjs"], { PORT: String(PORT + 1) });
  const base = `http://127.0.0.1:${PORT}`;
  const bareBase = `http://127.0.0.1:${PORT + 1}`;
  const stop = () => {
    stopping = true;
    app.kill("SIGTERM");
    bare.kill("SIGTERM");
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    await waitFor(`${base}/healthz`);
    await waitFor(bareBase);
    const cookie = await signIn(base);
    const [server] = await monitor`select current_setting('server_version') as version`;
    say(`\n${machine()}, Postgres ${server?.version}`);
    say(
      `${claims} published claims on ${new URL(DATABASE_URL).pathname.slice(1)}; ${CONNECTIONS} connections, ${DURATION} s per server and case; cache ${values.cache}${Object.keys(appEnv).length ? `; app env ${JSON.stringify(appEnv)}` : ""}`,
    );
    const wanted = values.cases?.split(",").map((name) => name.trim());
    const cases = (await buildCases(monitor, base, claims)).filter(
      (each) => !wanted || wanted.some((name) => each.name.includes(name)),
    );
    // Both servers warmed up once (JIT, connection pools) before anything is measured.
    await load(bareBase, () => "/", {}, CONNECTIONS, 3);
    await load(base, () => "/ledger", {}, CONNECTIONS, 3);
    say("");
    say(
      "| case | bare req/s | app req/s | vs bare | app p50 ms | app p99 ms | alone p50 ms | query ms median / max | app CPU ms/req | Postgres CPU ms/req | KB/resp | non-2xx | app RSS MB |",
    );
    say("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    const rows = [];
    for (const each of cases) {
      /** @type {Record<string, string>} */
      const headers = each.signedIn ? { cookie } : {};
      await load(base, each.path, headers, CONNECTIONS, 1);
      const bareResult = await load(bareBase, () => "/", {}, CONNECTIONS, DURATION);
      let peakRss = 0;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, memoryKb(appPid, "VmRSS"));
      }, 200);
      const appCpu = cpuMs(appPid);
      const pgBefore = await backendCpu(monitor, appPid);
      const result = await load(base, each.path, headers, CONNECTIONS, DURATION);
      const pgAfter = await backendCpu(monitor, appPid);
      const appCpuUsed = cpuMs(appPid) - appCpu;
      clearInterval(sampler);
      const alone = await load(base, each.path, headers, 1, SOLO_SECONDS);
      const query = await queryTimes(handle, each.path).catch((error) => {
        process.stderr.write(`Timing the query of ${each.name} failed: ${error.message}\n`);
        return null;
      });
      const responses = result.requests.total || Number.NaN;
      const row = {
        case: each.name,
        bare: bareResult.requests.average,
        app: result.requests.average,
        ratio: result.requests.average / bareResult.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        // Nothing answered within the window: slower than the window itself.
        aloneP50: alone.requests.total > 0 ? alone.latency.p50 : `> ${SOLO_SECONDS * 1000}`,
        appCpu: appCpuUsed / responses,
        pgCpu: backendDelta(pgBefore, pgAfter) / responses,
        kb: result.throughput.total / responses / 1024,
        non2xx: result.non2xx + result.errors,
        rssMb: peakRss / 1024,
        query: query ? `${fixed(query.median)} / ${fixed(query.max)}` : "–",
      };
      rows.push(row);
      say(
        `| ${row.case} | ${fixed(row.bare, 0)} | ${fixed(row.app, 0)} | ${fixed(row.ratio, 3)} | ${row.p50} | ${row.p99} | ${row.aloneP50} | ${row.query} | ${fixed(row.appCpu)} | ${fixed(row.pgCpu)} | ${fixed(row.kb)} | ${row.non2xx} | ${fixed(row.rssMb, 0)} |`,
      );
    }
    say(`\nApp peak RSS over the run (VmHWM): ${fixed(memoryKb(appPid, "VmHWM") / 1024, 0)} MB.`);
    if (seedSeconds !== null) say(`Seeding took ${fixed(seedSeconds)} s.`);
    const failed = rows.filter((row) => row.non2xx > 0);
    if (failed.length > 0) say(`Non-2xx answers or errors in: ${failed.map((row) => row.case).join(", ")}.`);
  } finally {
    stop();
    await Promise.all([monitor.end(), handle.close()]);
  }
}

await main();
