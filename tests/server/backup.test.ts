import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { createApiToken } from "~/.server/auth/api-tokens";
import { verifyPassword } from "~/.server/auth/passwords";
import { PARTIAL_SUFFIX, writeBackup } from "~/.server/backup/backup";
import { knownMigrations, listTables, migrationsFolder, quoteIdent, schemaVersionOf } from "~/.server/backup/catalog";
import { MANIFEST_NAME, type Manifest } from "~/.server/backup/manifest";
import { checkBackupFile, RestoreRefusedError, restoreBackup, tableCounts } from "~/.server/backup/restore";
import { inTransaction } from "~/.server/backup/sql-session";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { openDatabase } from "~/.server/db/open";
import { sessions, users } from "~/.server/db/schema/all-tables";
import { DEMO_PASSWORD, seedDemo } from "~/.server/demo/seed-demo";
import { createImportJob } from "~/.server/imports/bulk/import-jobs";
import { verifyLedger } from "~/.server/ledger/verify-ledger";
import { addComment } from "~/.server/review/comments";
import { storeCapture } from "~/.server/review/source-capture";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import { ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../helpers/test-database";

// Backups as an operator uses them: a newsroom's whole database (the demo desk plus claims at every
// state, a correction, captured sources, comments, an import job, an API token) goes to a file and
// comes back identical on the other engine and on the same one; a changed or cut file, a non-empty
// target and a backup stopped half way never leave anything that passes for a good copy.

const serverUrl = process.env.TEST_DATABASE_URL;
let source: TestDatabase;
let folder: string;
let backupFile: string;
let manifest: Manifest;
const disposers: (() => Promise<void>)[] = [];

/** A database with nothing in it, as `createdb` or a new PGLITE_DIR gives: restore's only target. */
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<DatabaseHandle> {
  if (kind === "pglite") {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    disposers.push(() => handle.close());
    return handle;
  }
  const name = `claimdesk_restore_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl as string);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  disposers.push(async () => {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return handle;
}

/** Every row of every backed-up table, as Postgres writes it as JSON, in key order. */
async function contents(handle: DatabaseHandle): Promise<Record<string, string[]>> {
  return inTransaction(handle, "isolation level repeatable read, read only", async (session) => {
    const all: Record<string, string[]> = {};
    for (const table of await listTables(session)) {
      const order = table.primaryKey.length > 0 ? `order by ${table.primaryKey.map(quoteIdent).join(", ")}` : "";
      const columns = table.columns.map(quoteIdent).join(", ");
      const rows = await session.query<{ line: string }>(
        `select to_json(r)::text as line from (select ${columns} from ${quoteIdent(table.name)} ${order}) r`,
      );
      all[table.name] = rows.map((row) => row.line).sort();
    }
    return all;
  });
}

async function backupOf(handle: DatabaseHandle, name: string): Promise<string> {
  const file = path.join(folder, name);
  await writeBackup(handle, file);
  return file;
}

async function restoreInto(kind: "pglite" | "postgres", file: string): Promise<DatabaseHandle> {
  const target = await emptyDatabase(kind);
  const result = await restoreBackup(target, await checkBackupFile(file));
  expect(result.ledgerMatches).toBe(true);
  return target;
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "claimdesk-backup-test-"));
  source = await createTestDatabase();
  const db = source.db;
  await seedDemo(db);
  const newsroom = await ledgerNewsroom(db);
  const published = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await newsroom.publish(
    published,
    { rating: "False", summary: "Rents rose by 4%." },
    { url: "https://stats.example.org/rents", title: "Rent index", passage: "Rents rose 4% in a year." },
  );
  await newsroom.reopen(published, "The index was revised.");
  await newsroom.correct(published, { rating: "Misleading", summary: "Rents rose by 3%." }, "Revised index.");
  const inReview = await newsroom.quote("Tom Reyes", "Crime is down by a third");
  await newsroom.move(newsroom.checker, inReview, "researching");
  await newsroom.propose(inReview, { rating: "True", summary: "Police figures agree." });
  await addComment(db, newsroom.checker, inReview, { body: "Check the 2019 baseline too." });
  const [source1] = await db.query.sources.findMany({ limit: 1 });
  if (source1) {
    const text = "Rents rose 4% in a year, the statistics office said.";
    const sha256 = createHash("sha256").update(text).digest("hex");
    await storeCapture(db, source1, { ok: true, url: source1.url, title: "Rent index", text, sha256 });
  }
  await createImportJob(db, newsroom.checker, {
    fileName: "articles.jsonl",
    format: "jsonl",
    text: `${JSON.stringify({ title: "Harbour plan", text: "The mayor said the harbour plan costs $40 million." })}\n`,
  });
  await createApiToken(db, null, newsroom.editor.id, "CMS plugin");
  const [demoUser] = await db.select({ id: users.id }).from(users).limit(1);
  await db
    .insert(sessions)
    .values({ id: "a-live-session-id", userId: demoUser?.id ?? "", expiresAt: new Date(Date.now() + 3_600_000) });
  backupFile = await backupOf(source, "newsroom.tar");
  manifest = (await checkBackupFile(backupFile)).manifest;
}, 120_000);

afterAll(async () => {
  for (const dispose of disposers.reverse()) await dispose();
  await source?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("a backup file", () => {
  it("is a tar of one gzipped JSON Lines part per table and a manifest, readable without Claimdesk", () => {
    const names = manifest.tables.map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(["users", "articles", "claims", "verdicts", "sources", "comments"]));
    expect(names).toEqual(expect.arrayContaining(["ledger_entries", "import_jobs", "api_tokens", "claim_events"]));
    expect(names.indexOf("users")).toBeLessThan(names.indexOf("articles"));
    expect(names.indexOf("articles")).toBeLessThan(names.indexOf("claims"));
    expect(names.indexOf("claims")).toBeLessThan(names.indexOf("verdicts"));
    expect(names).not.toContain("sessions");
    expect(manifest.notBackedUp).toEqual(["sessions"]);
    expect(manifest.schemaVersion.tag).toMatch(/^\d{4}_/);
    expect(manifest.ledger.entries).toBeGreaterThanOrEqual(5);
    expect(manifest.tables.find((table) => table.name === "claims")?.columns).toContain("state");
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(257, 262).toString()).toBe("ustar");
    expect(bytes.includes(Buffer.from(MANIFEST_NAME))).toBe(true);
  });

  it("records the ledger head that `ledger verify` ends at", async () => {
    const report = await verifyLedger(source.db);
    expect(report).toMatchObject({ ok: true, count: manifest.ledger.entries, head: manifest.ledger.head });
  });

  it("is written under a temporary name and refuses to overwrite a file", async () => {
    await expect(writeBackup(source, backupFile)).rejects.toThrow(/already exists/);
    expect(existsSync(`${backupFile}${PARTIAL_SUFFIX}`)).toBe(false);
  });
});

describe("round trips", () => {
  const other = testDatabaseKind === "postgres" ? "pglite" : "postgres";
  const roundTrips =
    testDatabaseKind === "postgres"
      ? ["postgres → file → pglite → file → postgres → file → postgres"]
      : ["pglite → file → pglite"];

  it.each(roundTrips)("%s: every row of every table, the ledger head and the passwords come back", async () => {
    const expected = await contents(source);
    const hops = testDatabaseKind === "postgres" ? [other, "postgres", "postgres"] : ["pglite"];
    let file = backupFile;
    for (const [index, kind] of hops.entries()) {
      const target = await restoreInto(kind as "pglite" | "postgres", file);
      const restored = await contents(target);
      // Sessions stay behind: a backup must not let its reader sign in as anyone.
      expect(await target.db.select().from(sessions)).toEqual([]);
      expect(restored).toEqual(expected);
      const report = await verifyLedger(target.db);
      expect(report).toMatchObject({ ok: true, head: manifest.ledger.head });
      const [checker] = await target.db.select().from(users).where(eq(users.email, "checker@example.com"));
      expect(await verifyPassword(checker?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
      if (index < hops.length - 1) file = await backupOf(target, `hop-${index}.tar`);
      else {
        // Sequences continue after the restored ids: the desk goes on working.
        const article = await createArticle(
          target.db,
          checker?.id ?? null,
          parseInput(articleInputSchema, {
            title: "After the move",
            body: 'The mayor said: "Buses will be free on Sundays."',
          }),
        );
        const articleIds = (expected.articles ?? []).map((row) => JSON.parse(row).id as number);
        expect(article.id).toBeGreaterThan(Math.max(...articleIds));
      }
    }
  });
});

describe("a backup from an older schema", () => {
  it("is restored at its own schema, then migrated to the current one", async () => {
    // A database one migration behind, as an older Claimdesk left it.
    const olderFolder = path.join(folder, "older-drizzle");
    cpSync(migrationsFolder(), olderFolder, { recursive: true });
    const journalFile = path.join(olderFolder, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalFile, "utf8"));
    journal.entries = journal.entries.slice(0, -1);
    writeFileSync(journalFile, JSON.stringify(journal));
    const older = await emptyDatabase("pglite");
    if (older.kind !== "pglite") throw new Error("expected PGlite");
    await migrate(drizzle({ client: older.client }), { migrationsFolder: olderFolder });
    await older.client.query(
      `insert into users (id, email, display_name, role, password_hash) values ('old-user', 'old@paper.test', 'Old Hand', 'editor', 'x')`,
    );
    const file = await backupOf(older, "older.tar");
    const { manifest: olderManifest } = await checkBackupFile(file);
    const [previous, current] = knownMigrations().slice(-2);
    expect(olderManifest.schemaVersion.tag).toBe(previous?.tag);

    const target = await restoreInto(testDatabaseKind, file);
    const version = await inTransaction(target, "read only", schemaVersionOf);
    expect(version?.tag).toBe(current?.tag);
    const [user] = await target.db.select().from(users).where(eq(users.id, "old-user"));
    expect(user).toMatchObject({ email: "old@paper.test", displayName: "Old Hand", role: "editor" });
  });
});

describe("refusals", () => {
  it("refuses a backup with any one byte changed, before touching a database", async () => {
    const original = readFileSync(backupFile);
    const manifestAt = original.indexOf(Buffer.from('"format"'));
    const offsets = [
      100, // a header's mode field
      512 + 20, // inside the first part's data
      manifestAt + 3, // inside manifest.json
      original.length - 600, // the manifest's padding or the end of the archive
      original.length - 1, // the last byte of the end of the archive
    ];
    for (const offset of offsets) {
      const changed = Buffer.from(original);
      changed[offset] = (changed[offset] ?? 0) ^ 0x20;
      const file = path.join(folder, `changed-${offset}.tar`);
      writeFileSync(file, changed);
      await expect(checkBackupFile(file), `byte ${offset}`).rejects.toThrow(/not a complete Claimdesk backup/);
    }
    const cut = path.join(folder, "cut.tar");
    writeFileSync(cut, original.subarray(0, Math.floor(original.length / 2)));
    await expect(checkBackupFile(cut)).rejects.toThrow(/truncated|no manifest/);
  });

  it("refuses a file changed after it was checked, leaving the target as empty as it was", async () => {
    const file = path.join(folder, "swapped.tar");
    writeFileSync(file, readFileSync(backupFile));
    const checked = await checkBackupFile(file);
    const changed = readFileSync(file);
    changed[512 + 20] = (changed[512 + 20] ?? 0) ^ 0x20;
    writeFileSync(file, changed);
    const target = await emptyDatabase(testDatabaseKind);
    await expect(restoreBackup(target, checked)).rejects.toThrow();
    const tables = await inTransaction(target, "read only", (session) =>
      session.query(`select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname in ('public', 'drizzle') and c.relkind = 'r'`),
    );
    expect(tables).toEqual([]);
  });

  it("refuses to restore into a database that is not empty, and leaves it as it was", async () => {
    const before = await tableCounts(source);
    const attempt = restoreBackup(source, await checkBackupFile(backupFile));
    await expect(attempt).rejects.toThrow(RestoreRefusedError);
    await expect(attempt).rejects.toThrow(/is not empty/);
    expect(await tableCounts(source)).toEqual(before);
  });
});

describe("a backup stopped half way", () => {
  it("leaves no file under the name asked for, nor a partial one, when it is interrupted", async () => {
    const file = path.join(folder, "stopped.tar");
    const controller = new AbortController();
    const attempt = writeBackup(source, file, {
      signal: controller.signal,
      onTable: ({ table }) => {
        if (table === "claims") controller.abort(new Error("stopped by the operator"));
      },
    });
    await expect(attempt).rejects.toThrow(/stopped by the operator/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}${PARTIAL_SUFFIX}`)).toBe(false);
  });

  it.skipIf(testDatabaseKind !== "postgres")(
    "killed outright, leaves only FILE.partial, which restore refuses",
    async () => {
      const file = path.join(folder, "killed.tar");
      const locker = postgres(new URL(source.location).toString(), { max: 1, onnotice: () => {} });
      const lock = await locker.reserve();
      await lock`begin`;
      // The last table waits for this lock: the backup is provably half way when it is killed.
      const last = manifest.tables.at(-1)?.name ?? "verdicts";
      await lock.unsafe(`lock table ${quoteIdent(last)} in access exclusive mode`);
      const child = spawn(process.execPath, ["--import", "tsx", "app/cli/main.ts", "db", "backup", file], {
        env: { ...process.env, DATABASE_URL: source.location, LOG_LEVEL: "silent" },
        stdio: "ignore",
      });
      let running = true;
      const exited = new Promise((resolve) => child.once("exit", resolve)).finally(() => {
        running = false;
      });
      while (running) {
        const [waiting] = await lock`select count(*)::int as n from pg_locks
          where not granted and database = (select oid from pg_database where datname = current_database())`;
        if ((waiting?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(running).toBe(true);
      child.kill("SIGKILL");
      await exited;
      await lock`rollback`;
      lock.release();
      await locker.end();
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}${PARTIAL_SUFFIX}`)).toBe(true);
      await expect(checkBackupFile(`${file}${PARTIAL_SUFFIX}`)).rejects.toThrow(/not a complete Claimdesk backup/);
    },
  );
});
