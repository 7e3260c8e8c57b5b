import { readFileSync } from "node:fs";
import path from "node:path";
import { type MigrationMeta, readMigrationFiles } from "drizzle-orm/migrator";
import { projectRoot } from "../paths";
import type { SqlSession } from "./sql-session";

// What a backup reads from the database's own catalog rather than from a list kept in the code, so
// that tables and columns added by later migrations are backed up without anyone remembering to.

/** Tables never backed up. A session id is the sign-in cookie itself: a backup file must not let
 *  whoever holds it sign in as anyone, so after a restore everyone signs in again. */
export const TABLES_NOT_BACKED_UP = new Set(["sessions"]);

export interface TableInfo {
  name: string;
  /** Columns written to the backup, in table order: every column but generated ones. */
  columns: string[];
  /** Primary key columns, for a stable row order (empty when the table has none). */
  primaryKey: string[];
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables in the public schema, parents before children (a table that refers to itself or
 *  sits in a cycle of references, such as claims and verdicts, is placed as early as its other parents
 *  allow; restore defers the foreign keys, so any order loads). */
export async function listTables(session: SqlSession): Promise<TableInfo[]> {
  const tables = await session.query<{ name: string; columns: string[]; primary_key: string[] | null }>(
    `select c.relname as name,
            array(select a.attname::text from pg_attribute a
                  where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                  order by a.attnum) as columns,
            array(select a.attname::text from pg_index i
                  join lateral unnest(i.indkey) with ordinality as k(attnum, position) on true
                  join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
                  where i.indrelid = c.oid and i.indisprimary order by k.position) as primary_key
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
     order by c.relname`,
  );
  const references = await session.query<{ child: string; parent: string; optional: boolean }>(
    `select c.relname as child, p.relname as parent,
            bool_and(not exists (select 1 from pg_attribute a where a.attrelid = f.conrelid
                                 and a.attnum = any (f.conkey) and a.attnotnull)) as optional
     from pg_constraint f
     join pg_class c on c.oid = f.conrelid join pg_namespace n on n.oid = c.relnamespace
     join pg_class p on p.oid = f.confrelid
     where f.contype = 'f' and n.nspname = 'public' and f.conrelid <> f.confrelid
     group by c.relname, p.relname`,
  );
  const kept = tables.filter((table) => !TABLES_NOT_BACKED_UP.has(table.name));
  const order = dependencyOrder(
    kept.map((table) => table.name),
    references,
  );
  const byName = new Map(kept.map((table) => [table.name, table]));
  return order.map((name) => {
    const table = byName.get(name) as (typeof kept)[number];
    return { name, columns: table.columns, primaryKey: table.primary_key ?? [] };
  });
}

/** Parents first. Where references form a cycle (a claim's published verdict, a verdict's claim),
 *  the table whose remaining references are all optional goes first: its rows can stand alone, as
 *  the app itself writes them. */
function dependencyOrder(
  names: string[],
  references: { child: string; parent: string; optional: boolean }[],
): string[] {
  const remaining = new Set([...names].sort());
  const placed: string[] = [];
  const waitsFor = (name: string, strongOnly: boolean) =>
    references.some(
      (ref) => ref.child === name && remaining.has(ref.parent) && ref.parent !== name && !(strongOnly && ref.optional),
    );
  while (remaining.size > 0) {
    const next =
      [...remaining].find((name) => !waitsFor(name, false)) ??
      [...remaining].find((name) => !waitsFor(name, true)) ??
      [...remaining][0];
    if (next === undefined) break;
    placed.push(next);
    remaining.delete(next);
  }
  return placed;
}

/** The identity and serial columns whose sequences a restore moves past the restored rows. */
export async function sequencesOf(session: SqlSession, table: string): Promise<{ column: string; sequence: string }[]> {
  return session.query<{ column: string; sequence: string }>(
    `select a.attname::text as column, pg_get_serial_sequence(quote_ident($1), a.attname) as sequence
     from pg_attribute a
     where a.attrelid = to_regclass(quote_ident($1)) and a.attnum > 0 and not a.attisdropped
       and pg_get_serial_sequence(quote_ident($1), a.attname) is not null`,
    [table],
  );
}

export interface SchemaVersion {
  /** The migration's file name without .sql, e.g. 0016_verification_aids. */
  tag: string;
  /** Its timestamp in drizzle/meta/_journal.json, which is what the migrations table records. */
  when: number;
  hash: string;
}

interface JournalEntry {
  tag: string;
  when: number;
}

export function migrationsFolder(): string {
  return path.join(projectRoot(), "drizzle");
}

/** The migrations this version of Claimdesk knows, oldest first, with their tags. */
export function knownMigrations(): (MigrationMeta & { tag: string })[] {
  const folder = migrationsFolder();
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  // readMigrationFiles follows the journal's order; the journal also has each migration's name.
  const journal: { entries: JournalEntry[] } = JSON.parse(
    readFileSync(path.join(folder, "meta", "_journal.json"), "utf8"),
  );
  return migrations.map((migration, index) => ({ ...migration, tag: journal.entries[index]?.tag ?? String(index) }));
}

/** The latest migration applied to this database; null when it has none (not a Claimdesk database). */
export async function schemaVersionOf(session: SqlSession): Promise<SchemaVersion | null> {
  const [exists] = await session.query<{ present: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return null;
  const [latest] = await session.query<{ hash: string; created_at: string | number }>(
    `select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  if (!latest) return null;
  const when = Number(latest.created_at);
  const known = knownMigrations().find((migration) => migration.folderMillis === when);
  return { tag: known?.tag ?? `unknown (${when})`, when, hash: latest.hash };
}
