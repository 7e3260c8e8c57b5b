import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningInstances, startInstances } from "./support/app-server";

// Two production server processes on one Postgres database, as a newsroom runs them behind a load
// balancer: each keeps rendered ledger pages in its own memory, so a publication or correction made
// through one must reach the other's cached /ledger at once (Postgres LISTEN/NOTIFY), not when its
// cache happens to expire. The embedded PGlite belongs to one process, so this runs on a server only.

const WITHIN_MS = 1_000;

let instances: RunningInstances;
let token: string;

interface ApiClaim {
  id: number;
  version: number;
  state: string;
}

async function api<T>(origin: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function move(origin: string, claim: ApiClaim, to: string, note?: string): Promise<ApiClaim> {
  const moved = await api<{ claim: ApiClaim }>(origin, `/api/v1/claims/${claim.id}/transitions`, {
    to,
    version: claim.version,
    ...(note ? { note } : {}),
  });
  return moved.claim;
}

/** The claim's entry in a ledger page's list. */
const entryOf = (html: string, link: string) => html.split("<li").find((entry) => entry.includes(link)) ?? "";

const ledgerOf = async (origin: string) => (await fetch(`${origin}/ledger`)).text();

/** Milliseconds until `origin`'s /ledger passes `check`, polling every 50 ms; fails after WITHIN_MS. */
async function timeUntilLedger(origin: string, check: (html: string) => boolean): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (check(await ledgerOf(origin))) return performance.now() - started;
    if (performance.now() - started > WITHIN_MS)
      throw new Error(`${origin}/ledger did not change within ${WITHIN_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("two app processes on one database", () => {
  beforeAll(async () => {
    instances = await startInstances(2);
    token = execFileSync(
      process.execPath,
      ["build/cli/claimdesk.mjs", "token", "create", "--email", "editor@example.com", "--name", "two instances"],
      { env: instances.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    ).trim();
  }, 180_000);

  afterAll(() => instances?.stop());

  it("show a publication and then a correction made on one on the other's /ledger within a second", async () => {
    const [writer, reader] = instances.urls as [string, string];
    const { claims } = await api<{ claims: ApiClaim[] }>(writer, "/api/v1/claims?state=in_review");
    const waiting = claims[0];
    if (!waiting) throw new Error("The demo data has no claim in review");
    const linkTo = `href="/ledger/${waiting.id}-`;

    // Both instances have rendered and cached the ledger without the claim.
    for (const origin of [writer, reader]) expect(await ledgerOf(origin)).not.toContain(linkTo);

    const published = await move(writer, await move(writer, waiting, "approved"), "published");
    expect(published.state).toBe("published");
    expect(await timeUntilLedger(reader, (html) => html.includes(linkTo))).toBeLessThan(WITHIN_MS);

    const listedUnderReview = (html: string) => entryOf(html, linkTo).includes("Under review");
    expect(listedUnderReview(await ledgerOf(reader))).toBe(false);
    await move(writer, published, "researching", "The audit office revised its overrun figures.");
    expect(await timeUntilLedger(reader, listedUnderReview)).toBeLessThan(WITHIN_MS);
  });
});
