import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { ChainReport } from "~/domain/ledger/chain-verify";
import type { DatabaseHandle } from "../db/database-types";
import { migrateDatabase } from "../db/migrate";
import { verifyLedger } from "../ledger/verify-ledger";
import { knownMigrations, listTables, quoteIdent, sequencesOf } from "./catalog";
import { MANIFEST_NAME, type Manifest, type ManifestTable, manifestSchema, manifestText } from "./manifest";
import { inTransaction, type SqlSession } from "./sql-session";
import { DamagedArchiveError, readTar } from "./tar";

// `claimdesk db restore FILE`: the whole file is checked first (structure, manifest, each part's
// SHA-256); then, in one transaction on an empty database, the schema is built as it was when the
// backup was made, every table is loaded and checked, and sequences are moved past the restored ids;
// after the commit, newer migrations bring it up to date and the ledger chain is verified.

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const MAX_ROWS_PER_INSERT = 2_000;
const MAX_BYTES_PER_INSERT = 4 * 1024 * 1024;

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefusedError";
  }
}

function fileChunks(file: string): AsyncIterable<Buffer> {
  return createReadStream(file, { highWaterMark: 1024 * 1024 });
}

async function collect(content: AsyncIterable<Buffer>, limit: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += chunk.length;
    if (size > limit) throw new DamagedArchiveError(`${what} is too large`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function sha256Of(content: AsyncIterable<Buffer>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of content) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

function parseManifest(text: Buffer): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch {
    throw new DamagedArchiveError("its manifest.json is not valid JSON");
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) throw new DamagedArchiveError("its manifest.json is not a Claimdesk backup manifest");
  if (manifestText(parsed.data) !== text.toString("utf8"))
    throw new DamagedArchiveError("its manifest.json was edited");
  return parsed.data;
}

/** A backup file whose structure and hashes were checked, and its manifest. */
export interface CheckedBackup {
  file: string;
  manifest: Manifest;
}

/** Reads the whole file and checks it: a tar as backups are written, a manifest last, and each part
 *  present once, in order, with the size and SHA-256 the manifest gives. Nothing is written. */
export async function checkBackupFile(file: string): Promise<CheckedBackup> {
  const seen: { name: string; sha256: string; bytes: number }[] = [];
  let manifest: Manifest | null = null;
  try {
    for await (const entry of readTar(fileChunks(file))) {
      if (manifest) throw new DamagedArchiveError("files follow its manifest.json");
      if (entry.name === MANIFEST_NAME) {
        manifest = parseManifest(await collect(entry.content, MAX_MANIFEST_BYTES, "its manifest.json"));
      } else {
        seen.push({ name: entry.name, ...(await sha256Of(entry.content)) });
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new RestoreRefusedError(`There is no file ${file}.`);
    throw error;
  }
  if (!manifest) throw new DamagedArchiveError("it has no manifest.json (was the backup stopped before it finished?)");
  if (seen.length !== manifest.tables.length) {
    throw new DamagedArchiveError(`it holds ${seen.length} parts where its manifest lists ${manifest.tables.length}`);
  }
  for (const [index, table] of manifest.tables.entries()) {
    const part = seen[index];
    if (part?.name !== table.file) throw new DamagedArchiveError(`${table.file} is not where its manifest lists it`);
    if (part.bytes !== table.bytes || part.sha256 !== table.sha256) {
      throw new DamagedArchiveError(`${table.file} does not match its SHA-256 in the manifest (changed or damaged)`);
    }
  }
  migrationsUpTo(manifest.schemaVersion);
  return { file, manifest };
}

/** Names of the tables in the target database, when it has any: restore only fills an empty database. */
async function existingTables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname in ('public', 'drizzle') order by 1`,
  );
  return rows.map((row) => row.name);
}

function notEmptyMessage(location: string, tables: string[]): string {
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
  return (
    `${location} is not empty (it has tables: ${shown}). Restore only into a newly created database ` +
    "(e.g. createdb claimdesk_new) or a new PGLITE_DIR folder, so nothing in it is overwritten."
  );
}

/** Refuses a target database that already has tables (of Claimdesk or anything else). */
export async function assertEmptyDatabase(handle: DatabaseHandle): Promise<void> {
  const tables = await inTransaction(handle, "read only", existingTables);
  if (tables.length > 0) throw new RestoreRefusedError(notEmptyMessage(handle.location, tables));
}

/** The migrations that built the schema the backup was taken from; refuses a newer or unknown one. */
function migrationsUpTo(version: Manifest["schemaVersion"]) {
  const migrations = knownMigrations();
  const index = migrations.findIndex((migration) => migration.folderMillis === version.when);
  const latest = migrations.at(-1);
  if (index === -1 && latest && version.when > latest.folderMillis) {
    throw new RestoreRefusedError(
      `This backup's schema (${version.tag}) is newer than this Claimdesk's (${latest.tag}): restore it with the version that made it, or a later one.`,
    );
  }
  if (index === -1)
    throw new RestoreRefusedError(`This backup's schema (${version.tag}) is not one of this Claimdesk's migrations.`);
  return migrations.slice(0, index + 1);
}

/** The schema as it was at the backup's version, recorded as drizzle's migrator records it, so the
 *  migrations after it run normally afterwards. */
async function buildSchema(session: SqlSession, migrations: ReturnType<typeof migrationsUpTo>): Promise<void> {
  await session.exec(
    `create schema if not exists drizzle;
     create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
  );
  for (const migration of migrations) {
    for (const statement of migration.sql) await session.exec(statement);
    await session.query(`insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)`, [
      migration.hash,
      migration.folderMillis,
    ]);
  }
}

/** The rows of one part, a batch of JSON lines at a time. */
async function* rowBatches(content: AsyncIterable<Buffer>): AsyncGenerator<string[]> {
  const text = createGunzip().setEncoding("utf8");
  // pipeline hands a failure of the archive or of gunzip on to the stream read below.
  pipeline(Readable.from(content), text, () => {});
  let batch: string[] = [];
  let bytes = 0;
  let carry = "";
  for await (const chunk of text as AsyncIterable<string>) {
    const lines = (carry + chunk).split("\n");
    carry = lines.pop() ?? "";
    for (const line of lines) {
      batch.push(line);
      bytes += line.length;
      if (batch.length >= MAX_ROWS_PER_INSERT || bytes >= MAX_BYTES_PER_INSERT) {
        yield batch;
        batch = [];
        bytes = 0;
      }
    }
  }
  if (carry !== "") throw new DamagedArchiveError("a part does not end with a complete row");
  if (batch.length > 0) yield batch;
}

async function loadPart(session: SqlSession, table: ManifestTable, content: AsyncIterable<Buffer>): Promise<void> {
  const hash = createHash("sha256");
  const hashed = (async function* () {
    for await (const chunk of content) {
      hash.update(chunk);
      yield chunk;
    }
  })();
  const columns = table.columns.map(quoteIdent).join(", ");
  const name = quoteIdent(table.name);
  // Postgres parses each row back from its JSON into the column types (timestamps, jsonb, tsvector…).
  const insert = `insert into ${name} (${columns}) overriding system value
                  select ${columns} from json_populate_recordset(null::${name}, $1::json)`;
  let rows = 0;
  for await (const batch of rowBatches(hashed)) {
    await session.query(insert, [`[${batch.join(",")}]`]);
    rows += batch.length;
  }
  // Read a second time for loading: the file must still be the one checked.
  if (hash.digest("hex") !== table.sha256) throw new DamagedArchiveError(`${table.file} changed while it was restored`);
  if (rows !== table.rows) {
    throw new DamagedArchiveError(`${table.file} holds ${rows} rows where its manifest says ${table.rows}`);
  }
}

async function foreignKeys(session: SqlSession) {
  return session.query<{ table: string; name: string }>(
    `select c.relname as table, f.conname as name from pg_constraint f
     join pg_class c on c.oid = f.conrelid join pg_namespace n on n.oid = c.relnamespace
     where f.contype = 'f' and n.nspname = 'public' and not f.condeferrable`,
  );
}

/** Indexes that back no constraint (full-text, trigram, lookup and expression indexes): building
 *  each once after the load is far faster than updating it row by row, the GIN ones above all. */
async function secondaryIndexes(session: SqlSession) {
  return session.query<{ name: string; definition: string }>(
    `select quote_ident(ic.relname) as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class ic on ic.oid = i.indexrelid
     join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
}

/** Loads every part into the freshly built schema; foreign keys are checked once all rows are in
 *  (claims and verdicts refer to each other), triggers that derive rows are off (their rows are in
 *  the backup), secondary indexes are built after the load, and identity sequences continue after
 *  the highest restored id. */
async function loadTables(session: SqlSession, file: string, manifest: Manifest): Promise<void> {
  const tables = new Map((await listTables(session)).map((table) => [table.name, table]));
  for (const part of manifest.tables) {
    const table = tables.get(part.name);
    const unknown = table ? part.columns.filter((column) => !table.columns.includes(column)) : part.columns;
    if (!table || unknown.length > 0) {
      throw new RestoreRefusedError(
        `The backup's ${part.name} (${unknown.join(", ")}) does not fit the schema ${manifest.schemaVersion.tag} it names.`,
      );
    }
    await session.exec(`alter table ${quoteIdent(part.name)} disable trigger user`);
    // Rows a migration put in (the default rating scale) give way to the backup's.
    await session.exec(`delete from ${quoteIdent(part.name)}`);
  }
  const keys = await foreignKeys(session);
  for (const key of keys) {
    await session.exec(`alter table ${quoteIdent(key.table)} alter constraint ${quoteIdent(key.name)} deferrable`);
  }
  await session.exec("set constraints all deferred");
  const indexes = await secondaryIndexes(session);
  for (const index of indexes) await session.exec(`drop index public.${index.name}`);
  const parts = new Map(manifest.tables.map((part) => [part.file, part]));
  for await (const entry of readTar(fileChunks(file))) {
    const part = parts.get(entry.name);
    if (part) await loadPart(session, part, entry.content);
  }
  // Checked before the indexes are built: a table with pending foreign-key checks cannot be indexed.
  await session.exec("set constraints all immediate");
  for (const index of indexes) await session.exec(index.definition);
  for (const key of keys) {
    await session.exec(`alter table ${quoteIdent(key.table)} alter constraint ${quoteIdent(key.name)} not deferrable`);
  }
  for (const part of manifest.tables) {
    await session.exec(`alter table ${quoteIdent(part.name)} enable trigger user`);
    for (const { column, sequence } of await sequencesOf(session, part.name)) {
      await session.query(
        `select setval($1::regclass, coalesce(max(${quoteIdent(column)}), 0) + 1, false) from ${quoteIdent(part.name)}`,
        [sequence],
      );
    }
  }
}

export interface RestoreResult {
  manifest: Manifest;
  /** Rows per table after the restore (and any newer migrations). */
  counts: { table: string; rows: number }[];
  ledger: ChainReport;
  /** True when the ledger verifies and ends at the head the backup recorded. */
  ledgerMatches: boolean;
}

export async function tableCounts(handle: DatabaseHandle): Promise<{ table: string; rows: number }[]> {
  return inTransaction(handle, "isolation level repeatable read, read only", async (session) => {
    const counts: { table: string; rows: number }[] = [];
    for (const table of await listTables(session)) {
      const [row] = await session.query<{ rows: string }>(
        `select count(*)::text as rows from ${quoteIdent(table.name)}`,
      );
      counts.push({ table: table.name, rows: Number(row?.rows ?? 0) });
    }
    return counts;
  });
}

/** Restores a checked backup file into an empty database: all of it, or (on any problem) nothing. */
export async function restoreBackup(handle: DatabaseHandle, { file, manifest }: CheckedBackup): Promise<RestoreResult> {
  const migrations = migrationsUpTo(manifest.schemaVersion);
  await inTransaction(handle, "", async (session) => {
    const tables = await existingTables(session);
    if (tables.length > 0) throw new RestoreRefusedError(notEmptyMessage(handle.location, tables));
    await buildSchema(session, migrations);
    await loadTables(session, file, manifest);
  });
  await migrateDatabase(handle);
  const ledger = await verifyLedger(handle.db);
  const ledgerMatches =
    ledger.ok && ledger.count === manifest.ledger.entries && (manifest.ledger.head ?? ledger.head) === ledger.head;
  return { manifest, counts: await tableCounts(handle), ledger, ledgerMatches };
}
