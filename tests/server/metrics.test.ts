import { readFileSync } from "node:fs";
import type { AddressInfo, Server } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMetricsConfig, startMetricsServer } from "~/.server/metrics/metrics-server";
import { projectRoot } from "~/.server/paths";
import { startServerInProcess } from "../helpers/app-in-process";
import { ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// /metrics as whoever runs the server meets it: on its own port on 127.0.0.1 (and behind a token when
// one is set), never on the public one; every metric docs/operations.md documents is there; requests
// are counted under their route pattern, not their address.

const TOKEN = "metrics-token-for-tests-0123456789";

let database: TestDatabase;
let app: Awaited<ReturnType<typeof startServerInProcess>>;
let open: Server;
let guarded: Server;

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;

beforeAll(async () => {
  database = await createTestDatabase();
  const newsroom = await ledgerNewsroom(database.db);
  const claim = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await newsroom.publish(claim, { rating: "False", summary: "Rents rose by 4%." });
  await newsroom.quote("Tom Reyes", "Crime is down by a third");
  app = await startServerInProcess(database);
  open = (await startMetricsServer(readMetricsConfig({ METRICS_PORT: "0" }), database)) as Server;
  guarded = (await startMetricsServer(
    readMetricsConfig({ METRICS_PORT: "0", METRICS_TOKEN: TOKEN }),
    database,
  )) as Server;
}, 120_000);

afterAll(async () => {
  open?.close();
  guarded?.close();
  await app?.close();
  await database?.dispose();
});

/** Metric names documented in docs/operations.md's tables (`name` in the first column). */
function documentedMetrics(): string[] {
  const text = readFileSync(path.join(projectRoot(), "docs", "operations.md"), "utf8");
  return [...text.matchAll(/^\| `([a-z_]+)`/gm)].map((match) => match[1] as string);
}

describe("/metrics", () => {
  it("is not on the public port", async () => {
    const response = await app.request("/metrics");
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("claimdesk_http_requests_total");
  });

  it("answers every documented metric on the metrics port", async () => {
    const response = await fetch(urlOf(open));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const documented = documentedMetrics();
    expect(documented.length).toBeGreaterThan(10);
    for (const name of documented) expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, "m"));
    expect(text).toMatch(/^claimdesk_claims\{state="published"\} 1$/m);
    expect(text).toMatch(/^claimdesk_claims\{state="candidate"\} [1-9]\d*$/m);
    expect(text).toMatch(/^claimdesk_claims\{state="dismissed"\} 0$/m);
    expect(text).toMatch(/^claimdesk_ledger_entries 1$/m);
    expect(text).toMatch(/^claimdesk_db_up 1$/m);
  });

  it("labels requests with their route pattern, so the number of series stays bounded", async () => {
    // The registry is the process's, so other test files' requests may be counted too: compare.
    const claimPageRequests = async () => {
      const text = await (await fetch(urlOf(open))).text();
      const counted =
        /claimdesk_http_requests_total\{method="GET",route="\/claims\/:claimId",status="302"\} (\d+)/.exec(text);
      return { text, count: Number(counted?.[1] ?? 0) };
    };
    const before = await claimPageRequests();
    for (const id of [101, 102, 103]) await app.request(`/claims/${id}`, { redirect: "manual" });
    await app.request("/ledger");
    await app.request("/no/such/page");
    const { text, count } = await claimPageRequests();
    expect(count - before.count).toBe(3);
    expect(text).toMatch(/claimdesk_http_requests_total\{method="GET",route="\/ledger",status="200"\} \d+/);
    expect(text).toMatch(/claimdesk_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/ledger"\}/);
    expect(text).toContain('route="(no route)",status="404"');
    expect(text).not.toMatch(/route="\/claims\/10\d"/);
    expect(text).not.toContain("/no/such/page");
  });

  it("asks for the bearer token when METRICS_TOKEN is set", async () => {
    expect((await fetch(urlOf(guarded))).status).toBe(401);
    const wrong = await fetch(urlOf(guarded), { headers: { Authorization: "Bearer not-the-token-at-all" } });
    expect(wrong.status).toBe(401);
    const right = await fetch(urlOf(guarded), { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain("claimdesk_claims");
  });

  it("listens on 127.0.0.1 unless told otherwise, and refuses a short token", () => {
    expect((open.address() as AddressInfo).address).toBe("127.0.0.1");
    expect(() => readMetricsConfig({ METRICS_PORT: "9464", METRICS_TOKEN: "short" })).toThrow(/at least 16/);
  });
});
