import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens";
import { getClaim } from "~/.server/claims/claims";
import { ledgerClaims } from "~/.server/db/schema/all-tables";
import { createImportJob } from "~/.server/imports/bulk/import-jobs";
import { listRatings } from "~/.server/review/ratings";
import { addSource } from "~/.server/review/source-records";
import { createUser } from "~/.server/users/user-accounts";
import type { Role } from "~/domain/roles";
import { sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { type AppInProcess, startServerInProcess } from "../helpers/app-in-process";
import { ledgerNewsroom } from "../helpers/ledger-newsroom";
import { routeAddresses, routeFiles, routeParameters } from "../helpers/route-files";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// No request ends the process and no bad input is a server error. Every route of the app — read from
// app/routes, so a new route is fuzzed too, with generic parameters until it is listed below — is
// requested over real HTTP through the production Express app (Node streams, body parsing, sessions),
// with each address parameter, query parameter, form field and JSON field it reads set in turn to a
// value an attacker or a careless client sends: NUL, invalid UTF-8 escapes, numbers past a database
// integer, impossible dates, doctored page links, huge strings, and bodies in the wrong encoding.
// Anonymously and as each role (signed in with a session cookie; the API also with a bearer token).
// No answer may be 5xx, and /healthz must still answer afterwards.

type Who = "anonymous" | Role;
const ROLES: Role[] = ["checker", "editor", "admin"];
const EVERYONE: Who[] = ["anonymous", ...ROLES];

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Page links as a reader could doctor them: impossible times, ids past a database integer, wrong shapes. */
const DOCTORED_CURSORS = [
  base64url(["2025-13-45T00:00:00.000000Z", 1]),
  base64url(["2025-02-30T10:00:00.000000Z", 1, 0.5]),
  base64url(["2025-01-01T00:00:00.000000Z", 2147483648]),
  base64url(["2025-01-01T00:00:00.000000Z", 1, 1e300]),
  base64url(["oldest", "2025-13-45 10:00:00+00", 1]),
  base64url(["oldest", "2025-02-30", 1]),
  base64url(["newest", "0000-01-01 00:00:00+00", 1]),
  base64url(["waiting", "2025-01-01 25:61:00+99", 1]),
  base64url(["due", "2025-01-01", 2 ** 63]),
  base64url({ cursor: 1 }),
  "not-base64!",
  "99999999999999999",
];

/** Hostile values as they travel in an address or a urlencoded body: already percent-encoded, so that
 *  escapes which are not UTF-8 can be sent as they are. */
const HOSTILE_TEXT = [
  encodeURIComponent("a\u0000b"),
  "%C3%28",
  "%FF",
  "2147483648",
  "9223372036854775808",
  "1e309",
  "-1",
  "0",
  "NaN",
  "2025-13-45",
  "2025-02-30",
  "0000-01-01",
  encodeURIComponent(" "),
];
const HUGE = encodeURIComponent("x".repeat(100_000));
/** Values for a page-link parameter: the hostile values and the doctored links. */
const CURSOR_VALUES = [...HOSTILE_TEXT, ...DOCTORED_CURSORS.map(encodeURIComponent)];
/** Address values: the hostile ones and a 10 KB string (an address of 100 KB is refused by Node itself). */
const QUERY_VALUES = [...HOSTILE_TEXT, encodeURIComponent("x".repeat(10_000))];
/** Form values: the hostile values, a doctored page link and a 100 KB string. */
const FORM_VALUES = [...HOSTILE_TEXT, encodeURIComponent(DOCTORED_CURSORS[0] as string), HUGE];
/** Address parameter values in the path (/claims/<value>). */
const PATH_VALUES = ["2147483648", "0", "-1", "1e309", "NaN", "1.5", "%00", "1%00", "%FF", "%C3%28", "9".repeat(30)];
/** JSON values for each field of an API body. */
const JSON_VALUES: unknown[] = [
  "a\u0000b",
  2 ** 31,
  2 ** 63,
  -1,
  0,
  1.5,
  "2025-13-45",
  "2025-02-30T10:00:00Z",
  "0000-01-01",
  null,
  [],
  { nested: "a\u0000b" },
  "x".repeat(100_000),
];
/** Whole API bodies that are not the JSON object asked for. */
const RAW_JSON_BODIES = ["{", "NaN", "[1]", '"text"', '{"version":1e309}', '{"a":"\\u0000"}', "\u0000", ""];

/** Bodies in encodings form actions do not take, or that do not parse as the encoding they claim. */
const WRONG_BODIES: { contentType?: string; body: string }[] = [
  { contentType: "application/json", body: '{"intent":"comment","body":"hello"}' },
  { contentType: "text/plain", body: "intent=comment&body=hello" },
  { body: "intent=comment&body=hello" },
  { contentType: "multipart/form-data; boundary=fuzz", body: "this is not multipart" },
  { contentType: "multipart/form-data", body: "--fuzz\r\nContent-Disposition: form-data; name=intent\r\n\r\nx" },
  {
    contentType: "multipart/form-data; boundary=fuzz",
    body: '--fuzz\r\nContent-Disposition: form-data; name="intent"\r\n\r\ncomment',
  },
  { contentType: "application/x-www-form-urlencoded", body: "%FF=%C3%28&intent=%00&body=%" },
  { contentType: "application/x-www-form-urlencoded; charset=bogus", body: "intent=comment" },
];

/** Uploads in well-formed multipart with hostile files: names and contents a file picker can send. */
const HOSTILE_FILES: { name: string; text: string }[] = [
  { name: "article.txt", text: "“Taxes fell,” Ana\u0000 Ruiz said.\n\nMore\u0000." },
  { name: "a\u0000b.txt", text: "Some text." },
  { name: "article.html", text: "<html><body><h1>T\u0000</h1><p>%FF &#0; &#xD800;</p></body></html>" },
  { name: "article.docx", text: "not a zip" },
  { name: "articles.jsonl", text: '{"title":"a\\u0000b","body":"x"}\n{"title":1e309,"publishedOn":"2025-02-30"}\n[' },
  { name: "articles.csv", text: 'title,body,publishedOn\n"a\u0000b",x,2025-13-45\n"unterminated' },
  { name: "empty.txt", text: "" },
  { name: "a\u0000b.jsonl", text: '{"title":"T","body":"B"}\n' },
  { name: "nul.jsonl", text: '{"title":"T","body":"B"}\n\u0000\n' },
  { name: "nul.csv", text: "title,body\nT,B\u0000x\n" },
];
/** The pages that take a file, with their address query and other fields. */
const UPLOADS: Record<string, { query?: string; fields: Record<string, string> }> = {
  "articles.new.tsx": { query: "?via=file", fields: { title: "" } },
  "imports._index.tsx": { fields: { format: "auto" } },
};

/** Query parameters each route reads (every route is listed, [] for none); a route not listed yet gets
 *  GENERIC_QUERY. */
const LEDGER_LIST = ["verdict", "speaker", "kind", "from", "to", "outlet", "q", "order", "cursor", "limit"];
const QUERY: Record<string, string[]> = {
  "ledger._index.tsx": LEDGER_LIST,
  "ledger[.]json.ts": LEDGER_LIST,
  "ledger[.]csv.ts": LEDGER_LIST,
  "ledger.claimreview[.]json.ts": LEDGER_LIST,
  "ledger.speakers.$slug.tsx": ["cursor"],
  "ledger.chain[.]json.ts": ["cursor", "limit"],
  "ledger.feed[.]xml.ts": [],
  "ledger.$slug.tsx": [],
  "queue.tsx": [
    "tab",
    "state",
    "assignee",
    "speaker",
    "speakerName",
    "article",
    "articleTitle",
    "kind",
    "sort",
    "cursor",
  ],
  "queue.names.ts": ["for", "q"],
  "api.v1.claims.ts": ["state", "assignee", "speaker", "article", "kind", "cursor", "limit"],
  "articles._index.tsx": ["before"],
  "articles.$articleId.tsx": ["claim", "moved", "lost", "added"],
  "articles.new.tsx": ["via"],
  "login.tsx": ["redirectTo"],
  "admin.ratings.tsx": ["done"],
  "admin.users.$userId.tsx": ["created"],
  "claims.$claimId.tsx": ["rechecked"],
  "claims.$claimId.recheck-sources.ts": [],
  "admin.users._index.tsx": [],
  "articles.$articleId_.edit.tsx": [],
  "imports._index.tsx": [],
  "imports.$jobId.tsx": [],
  "speakers.tsx": [],
  "healthz.ts": [],
  "logout.tsx": [],
  "_index.tsx": [],
  "api.v1.articles.ts": [],
  "api.v1.articles.$articleId.ts": [],
  "api.v1.claims.$claimId.ts": [],
  "api.v1.claims.$claimId.sources.ts": [],
  "api.v1.claims.$claimId.transitions.ts": [],
  "api.v1.claims.$claimId.verdicts.ts": [],
  "api.v1.ratings.ts": [],
};
const GENERIC_QUERY = ["id", "q", "cursor", "limit"];

/** A form a route's page posts: its address query and its fields with values that would be accepted. */
interface FormSpec {
  query?: string;
  fields: Record<string, string>;
}
/** The forms each page posts ([] for a page without a form of text fields: its bodies are covered by
 *  WRONG_BODIES); a route not listed yet gets GENERIC_FORM. The JSON API's bodies are in apiBodies. */
function formsFor(ids: SeededIds): Record<string, FormSpec[]> {
  const version = "1";
  const source = {
    url: "http://127.0.0.1:9/report",
    title: "Report",
    publisher: "",
    kind: "report",
    passage: "",
    accessedOn: "2025-01-02",
    archiveUrl: "",
  };
  const article = {
    title: "An article",
    body: "“Taxes fell by 5%,” Ana Ruiz said.",
    url: "",
    outlet: "",
    byline: "",
    publishedOn: "",
  };
  return {
    "claims.$claimId.tsx": [
      { fields: { intent: "transition", to: "in_review", version, note: "", assigneeId: "" } },
      { fields: { intent: "verdict", rating: String(ids.ratingId), summary: "Summary", rationale: "", version } },
      { fields: { intent: "add-source", ...source, version } },
      { fields: { intent: "edit-source", sourceId: String(ids.sourceId), ...source, version } },
      { fields: { intent: "remove-source", sourceId: String(ids.sourceId), version } },
      { fields: { intent: "reference", value: "5", unit: "%", asOf: "", sourceId: "", version } },
      { fields: { intent: "comment", body: "A comment" } },
      { fields: { intent: "repeat", repeatOf: String(ids.publishedClaimId), version } },
    ],
    "articles.$articleId.tsx": [
      { fields: { intent: "triage", action: "accept", note: "", next: "", claim: `${ids.candidateId}:1` } },
      {
        fields: {
          intent: "make-claim",
          kind: "quote",
          start: "0",
          end: "5",
          selectedText: "",
          speaker: "",
          speakerTitle: "",
        },
      },
      {
        fields: { intent: "make-claim-words", kind: "statement", words: "said", occurrence: "1", speaker: "" },
      },
      { fields: { intent: "speaker", speaker: "Ana Ruiz", speakerTitle: "", claim: `${ids.candidateId}:1` } },
      { fields: { intent: "repeat", repeatOf: String(ids.publishedClaimId), claim: `${ids.candidateId}:1` } },
    ],
    "articles.$articleId_.edit.tsx": [{ fields: { ...article, version } }],
    "articles.new.tsx": [
      { query: "?via=paste", fields: article },
      { query: "?via=url", fields: { url: "http://127.0.0.1:9/article", title: "" } },
    ],
    "queue.tsx": [
      { fields: { claimId: String(ids.researchingId), assigneeId: ids.users.checker, dueOn: "2025-06-01", version } },
    ],
    "admin.ratings.tsx": [
      { fields: { intent: "add", label: "Odd", description: "", colour: "#123456", scored: "on" } },
      {
        fields: {
          intent: "update",
          ratingId: String(ids.ratingId),
          label: "False",
          description: "",
          colour: "#b91c1c",
          scored: "on",
        },
      },
      { fields: { intent: "move", ratingId: String(ids.ratingId), direction: "down" } },
    ],
    "admin.users._index.tsx": [
      { fields: { email: "new@fuzz.test", displayName: "New", role: "checker", password: "long enough password" } },
    ],
    "admin.users.$userId.tsx": [
      { fields: { intent: "role", role: "checker" } },
      { fields: { intent: "password", password: "long enough password" } },
      { fields: { intent: "token-create", name: "Token" } },
      { fields: { intent: "token-revoke", tokenId: "no-such-token" } },
      { fields: { intent: "sign-in-limit-clear", address: "127.0.0.1" } },
    ],
    "speakers.tsx": [{ fields: { from: "1", into: "2" } }],
    "login.tsx": [{ fields: { email: "nobody@fuzz.test", password: "wrong password", redirectTo: "/queue" } }],
    "imports._index.tsx": [],
    "claims.$claimId.recheck-sources.ts": [],
    "logout.tsx": [],
  };
}
const GENERIC_FORM: FormSpec = { fields: { intent: "", id: "1", version: "1", text: "" } };

/** The JSON bodies each API route takes, with values that would be accepted. */
function apiBodies(ids: SeededIds): Record<string, Record<string, unknown>> {
  return {
    "api.v1.articles.ts": {
      title: "API article",
      body: "“Rents fell by 3%,” Ana Ruiz said.",
      url: null,
      outlet: null,
      byline: null,
      publishedAt: "2025-01-18",
    },
    "api.v1.claims.ts": { articleId: ids.articleId, kind: "statement", start: 0, end: 5, speaker: null },
    "api.v1.claims.$claimId.sources.ts": { url: "http://127.0.0.1:9/x", title: "Source", version: 1 },
    "api.v1.claims.$claimId.verdicts.ts": { rating: "False", summary: "Summary", rationale: "", version: 1 },
    "api.v1.claims.$claimId.transitions.ts": { to: "in_review", version: 1, note: null, assigneeId: null },
  };
}

/** Who each route is fuzzed as, by its name: the public ones by everyone, staff pages by the roles. */
function whoFor(file: string): Who[] {
  // Signing out as a role would leave the rest of its requests anonymous.
  if (file === "logout.tsx") return ["anonymous"];
  if (/^(ledger|login|healthz|_index)/.test(file)) return EVERYONE;
  if (file.startsWith("admin.")) return ["admin"];
  return ROLES;
}

interface SeededIds {
  users: Record<Role, string> & { victim: string };
  articleId: number;
  candidateId: number;
  researchingId: number;
  publishedClaimId: number;
  sourceId: number;
  ratingId: number;
  jobId: number;
  publishedSlug: string;
  speakerSlug: string;
}

const PASSWORD = "fuzzing password 123";

let database: TestDatabase;
let server: AppInProcess & { origin: string };
let ids: SeededIds;
const cookies: Partial<Record<Who, string>> = {};
const tokens: Partial<Record<Role, string>> = {};

async function seed(): Promise<SeededIds> {
  const db = database.db;
  const person = async (role: Role | "victim") =>
    createUser(db, null, {
      email: `${role}@fuzz.test`,
      displayName: `Fuzz ${role}`,
      role: role === "victim" ? "checker" : role,
      password: PASSWORD,
    });
  const checker = await person("checker");
  const editor = await person("editor");
  const admin = await person("admin");
  const victim = await person("victim");
  const newsroom = await ledgerNewsroom(db);
  const publishedClaimId = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await newsroom.publish(publishedClaimId, { rating: "False", summary: "Rents rose by 4%." });
  const researchingId = await newsroom.quote("Tom Reyes", "Unemployment fell by 12% every month");
  await newsroom.move(newsroom.checker, researchingId, "researching");
  const { source } = await addSource(db, newsroom.checker, researchingId, {
    ...parseInput(sourceInputSchema, { url: "http://127.0.0.1:9/register", title: "Register" }),
    version: (await getClaim(db, researchingId)).version,
  });
  const candidateId = await newsroom.quote("Ana Ruiz", "Taxes fell by 5% last year");
  const candidate = await getClaim(db, candidateId);
  const [published] = await db.select().from(ledgerClaims).where(eq(ledgerClaims.claimId, publishedClaimId));
  const [rating] = await listRatings(db);
  const job = await createImportJob(
    db,
    { id: checker.id, role: "checker" },
    { fileName: "articles.jsonl", format: "jsonl", text: '{"title":"A","body":"B"}\n' },
  );
  if (!published?.document.speaker || !rating || !source) throw new Error("seeding failed");
  return {
    users: { checker: checker.id, editor: editor.id, admin: admin.id, victim: victim.id },
    articleId: candidate.articleId,
    candidateId,
    researchingId,
    publishedClaimId,
    sourceId: source.id,
    ratingId: rating.id,
    jobId: job.id,
    publishedSlug: published.slug,
    speakerSlug: published.document.speaker.slug,
  };
}

/** Signs in through the sign-in form, as a browser does; the session cookie it sets. */
async function signIn(role: Role): Promise<string> {
  const response = await server.request("/login", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: `${role}@fuzz.test`, password: PASSWORD }),
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0] as string);
  if (response.status !== 302 || cookie.length === 0) throw new Error(`Signing in as ${role}: ${response.status}`);
  return cookie.join("; ");
}

beforeAll(async () => {
  database = await createTestDatabase();
  ids = await seed();
  server = await startServerInProcess(database);
  for (const role of ROLES) {
    cookies[role] = await signIn(role);
    tokens[role] = (await createApiToken(database.db, null, ids.users[role], `Fuzz ${role}`)).token;
  }
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

interface Probe {
  method: "GET" | "POST";
  path: string;
  who: Who;
  bearer?: boolean;
  contentType?: string;
  body?: string | FormData;
}

/** A value for an address parameter that names something that is there. */
function validValue(file: string, parameter: string): string {
  const valid: Record<string, string> = {
    claimId: String(ids.researchingId),
    articleId: String(ids.articleId),
    userId: ids.users.victim,
    jobId: String(ids.jobId),
    slug: file.startsWith("ledger.speakers") ? ids.speakerSlug : ids.publishedSlug,
  };
  return valid[parameter] ?? "1";
}

/** The route's address with valid values for its address parameters. */
const addressOf = (file: string) => routeAddresses(file, (parameter) => [validValue(file, parameter)])[0] as string;

/** The route's address with each of its address parameters set to each hostile value in turn. */
const hostileAddresses = (file: string) =>
  routeParameters(file).flatMap((target) =>
    PATH_VALUES.map(
      (value) =>
        routeAddresses(file, (parameter) => [parameter === target ? value : validValue(file, parameter)])[0] as string,
    ),
  );

const encodeFields = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");

/** The address Remix's own client fetches a route's data from (single fetch): loaders and the action
 *  run as for the page, without rendering it. */
function dataAddress(file: string, address: string): string {
  const [path, query] = address.split("?") as [string, string | undefined];
  const params = new URLSearchParams(query ?? "");
  const search = [query, file.endsWith("_index.tsx") && !params.has("index") ? "index" : undefined]
    .filter(Boolean)
    .join("&");
  return `${path === "/" ? "/_root" : path}.data${search ? `?${search}` : ""}`;
}

/** Everything to send, built from the route table and the lists above. Roles take turns on each
 *  route's requests, and so do the page and its data address, and for the API the session cookie and
 *  the bearer token. */
function probes(): Probe[] {
  const list: Probe[] = [];
  let turn = 0;
  const forms = formsFor(ids);
  const bodies = apiBodies(ids);
  for (const file of routeFiles()) {
    const address = addressOf(file);
    const who = whoFor(file);
    const isApi = file.startsWith("api.");
    const known = file in QUERY;
    const next = () => {
      turn += 1;
      return { who: who[turn % who.length] as Who, bearer: isApi && turn % 2 === 0 };
    };
    // Three in four page requests go to the data address: the same loaders and actions, cheaper.
    const either = (path: string) => (!isApi && turn % 4 !== 0 ? dataAddress(file, path) : path);
    // Every role at the plain address, and posting bodies in encodings it does not take.
    for (const each of EVERYONE) list.push({ method: "GET", path: address, who: each });
    if (isApi) for (const role of ROLES) list.push({ method: "GET", path: address, who: role, bearer: true });
    const rawBodies = RAW_JSON_BODIES.map((body) => ({ contentType: "application/json", body }));
    for (const wrong of isApi ? [...WRONG_BODIES, ...rawBodies] : WRONG_BODIES)
      list.push({ method: "POST", path: either(address), ...next(), ...wrong });
    // Hostile values in the address itself.
    for (const path of hostileAddresses(file)) {
      list.push({ method: "GET", path: either(path), ...next() });
      list.push({
        method: "POST",
        path: either(path),
        ...next(),
        contentType: isApi ? "application/json" : "application/x-www-form-urlencoded",
        body: isApi ? JSON.stringify(bodies[file] ?? {}) : encodeFields((forms[file]?.[0] ?? GENERIC_FORM).fields),
      });
    }
    // Each query parameter the route reads, set to each hostile value.
    for (const parameter of QUERY[file] ?? GENERIC_QUERY)
      for (const value of parameter === "cursor" ? CURSOR_VALUES : QUERY_VALUES)
        list.push({ method: "GET", path: either(`${address}?${parameter}=${value}`), ...next() });
    // Each form field set to each hostile value, the other fields as the page would send them. A field
    // that several of the page's forms have (a version, a source's address) takes turns among them.
    const pageForms = forms[file] ?? (known ? [] : [GENERIC_FORM]);
    for (const field of new Set(pageForms.flatMap((form) => Object.keys(form.fields)))) {
      const having = pageForms.filter((form) => field in form.fields);
      FORM_VALUES.forEach((value, index) => {
        const form = having[index % having.length] as FormSpec;
        const others = Object.fromEntries(Object.entries(form.fields).filter(([name]) => name !== field));
        list.push({
          method: "POST",
          path: either(`${address}${form.query ?? ""}`),
          ...next(),
          bearer: false,
          contentType: "application/x-www-form-urlencoded",
          body: `${encodeFields(others)}&${field}=${value}`,
        });
      });
    }
    // Each hostile file uploaded, with hostile text in the upload's other fields too.
    const upload = UPLOADS[file];
    if (upload)
      HOSTILE_FILES.forEach(({ name, text }, index) => {
        const body = new FormData();
        for (const [field, value] of Object.entries(upload.fields))
          body.set(field, index % 2 === 0 ? value : "a\u0000b");
        body.set("file", new Blob([text]), name);
        list.push({ method: "POST", path: either(`${address}${upload.query ?? ""}`), ...next(), bearer: false, body });
      });
    // Each field of an API body set to each hostile JSON value.
    const body = bodies[file];
    if (body)
      for (const field of Object.keys(body))
        for (const value of JSON_VALUES)
          list.push({
            method: "POST",
            path: address,
            ...next(),
            contentType: "application/json",
            body: JSON.stringify({ ...body, [field]: value }),
          });
  }
  return list;
}

async function send(probe: Probe): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (probe.contentType) headers["Content-Type"] = probe.contentType;
  if (probe.who !== "anonymous") {
    if (probe.bearer) headers.Authorization = `Bearer ${tokens[probe.who]}`;
    else headers.Cookie = cookies[probe.who] as string;
  }
  // An answer that never comes (the process died or hangs) or is cut off counts as a server error.
  try {
    const response = await server.request(probe.path, {
      method: probe.method,
      headers,
      body: probe.body,
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 599, text: `(no answer, or cut off: ${error})` };
  }
}

/** Sends every probe, a few at a time: how many got each status, and the ones answered 5xx (or not at
 *  all), described. */
async function sendAll(list: Probe[], inFlight = 4): Promise<{ statuses: Map<number, number>; failures: string[] }> {
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const probe = list[next++] as Probe;
      const { status, text } = await send(probe);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500)
        failures.push(
          `${status} ${probe.method} ${probe.path.slice(0, 200)} as ${probe.who}${probe.bearer ? " (token)" : ""}` +
            `${probe.contentType ? ` [${probe.contentType}]` : ""} ${typeof probe.body === "string" ? probe.body.slice(0, 200) : probe.body ? "(multipart upload)" : ""} → ${text.slice(0, 300)}`,
        );
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { statuses, failures };
}

describe("fuzzing every route", () => {
  it("answers no hostile request with a server error, and keeps running", async () => {
    const list = probes();
    const { statuses, failures } = await sendAll(list);
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`);
    console.log(`Fuzzing sent ${list.length} requests to ${routeFiles().length} routes (${counts.join(", ")}).`);
    const generic = routeFiles().filter((file) => !(file in QUERY));
    if (generic.length > 0)
      console.log(`Fuzzed with generic parameters only (list theirs above): ${generic.join(", ")}`);
    expect(failures).toEqual([]);
    expect(list.length).toBeGreaterThanOrEqual(2000);
    const health = await server.request("/healthz");
    expect(health.status).toBe(200);
  }, 600_000);
});

describe("the requests reported in issue 10", () => {
  // A session and a token of its own: the fuzzing above may have used up the token's allowance for
  // the minute.
  let cookie: string;
  let token: string;
  beforeAll(async () => {
    cookie = await signIn("checker");
    token = (await createApiToken(database.db, null, ids.users.checker, "Reported requests")).token;
  });
  const asChecker = (init: RequestInit & { headers?: Record<string, string> } = {}) => ({
    ...init,
    headers: { ...init.headers, Cookie: cookie },
    redirect: "manual" as const,
  });
  const bearer = (init: RequestInit & { headers?: Record<string, string> } = {}) => ({
    ...init,
    headers: { ...init.headers, Authorization: `Bearer ${token}` },
  });
  const jsonError = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

  it("refuses the ledger downloads that ended the process, with a message, and keeps answering", async () => {
    for (const [path, message] of [
      ["/ledger.csv?verdict=2147483648", "Choose a verdict."],
      ["/ledger.csv?q=a%00b", "“q” contains a NUL character"],
      ["/ledger.csv?outlet=a%00b", "“outlet” contains a NUL character"],
      ["/ledger.csv.data?verdict=2147483648", "Choose a verdict."],
    ] as const) {
      const response = await server.request(path);
      expect(response.status, path).toBe(422);
      expect(await response.text(), path).toContain(message);
    }
    expect((await server.request("/healthz")).status).toBe(200);
  });

  it("refuses a form posted as JSON or text/plain (415) and a broken multipart body (400)", async () => {
    const claimPage = `/claims/${ids.researchingId}`;
    for (const contentType of ["application/json", "text/plain"]) {
      const response = await server.request(
        claimPage,
        asChecker({ method: "POST", headers: { "Content-Type": contentType }, body: '{"intent":"comment"}' }),
      );
      expect(response.status, contentType).toBe(415);
      expect(await response.text()).toContain("multipart/form-data");
    }
    const broken = await server.request(
      claimPage,
      asChecker({
        method: "POST",
        headers: { "Content-Type": "multipart/form-data; boundary=cut" },
        body: '--cut\r\nContent-Disposition: form-data; name="intent"\r\n\r\ncomment',
      }),
    );
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("The form could not be read");
  });

  it("refuses a NUL character in a form field naming the field, and ids past a database integer as not found", async () => {
    const nul = await server.request(
      `/claims/${ids.researchingId}`,
      asChecker({
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "intent=comment&body=a%00b",
      }),
    );
    expect(nul.status).toBe(422);
    expect(await nul.text()).toContain("“body” contains a NUL character");
    expect((await server.request("/claims/2147483648", asChecker())).status).toBe(404);
    const api = await server.request("/api/v1/claims/2147483648", bearer());
    expect(api.status).toBe(404);
    expect((await jsonError(api)).code).toBe("not_found");
  });

  it("answers a page link with an impossible date as a stale link", async () => {
    const doctored = base64url(["oldest", "2025-13-45 10:00:00+00", 1]);
    const queue = await server.request(`/queue?tab=all&cursor=${doctored}`, asChecker());
    expect(queue.status).toBe(422);
    expect(await queue.text()).toContain("This page link is not valid any more");
    const api = await server.request(`/api/v1/claims?cursor=${doctored}`, bearer());
    expect(api.status).toBe(422);
    expect((await jsonError(api)).fields).toEqual({ cursor: "Unknown page." });
  });

  it("gives the API's JSON error for malformed JSON, other content types, NUL and huge numbers", async () => {
    const post = (path: string, contentType: string, body: string) =>
      server.request(path, bearer({ method: "POST", headers: { "Content-Type": contentType }, body }));
    const malformed = await post("/api/v1/articles", "application/json", '{"title":');
    expect([malformed.status, (await jsonError(malformed)).code]).toEqual([400, "bad_request"]);
    const text = await post("/api/v1/articles", "text/plain", "title=x");
    expect([text.status, (await jsonError(text)).code]).toEqual([415, "unsupported_media_type"]);
    const nul = await post("/api/v1/articles", "application/json", JSON.stringify({ title: "a\u0000b", body: "B" }));
    expect(nul.status).toBe(422);
    expect((await jsonError(nul)).fields).toHaveProperty("title");
    for (const articleId of [2 ** 31, 2 ** 63]) {
      const claim = { articleId, kind: "statement", start: 0, end: 5 };
      const pastInteger = await post("/api/v1/claims", "application/json", JSON.stringify(claim));
      expect([pastInteger.status, (await jsonError(pastInteger)).message]).toEqual([
        404,
        "That article was not found.",
      ]);
    }
  });
});
