import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeBackup } from "~/.server/backup/backup";
import type { Manifest } from "~/.server/backup/manifest";
import {
  assertEmptyDatabase,
  type CheckedBackup,
  checkBackupFile,
  type RestoreResult,
  restoreBackup,
} from "~/.server/backup/restore";
import { readConfig } from "~/.server/config";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { openDatabase } from "~/.server/db/open";
import { describeReport } from "~/domain/ledger/chain-verify";

// `claimdesk db backup | restore | move`. None of them migrates the database it opens first: a
// backup records the schema as it is, and a restore needs the target untouched.

export const BACKUP_USAGE = `Usage:
  claimdesk db backup FILE          write a backup of the configured database to FILE (a tar file)
  claimdesk db restore FILE         restore FILE into the configured database, which must be empty
  claimdesk db move --to URL [--keep FILE]
                                    copy the configured database into the empty Postgres database URL

The configured database is DATABASE_URL, or the embedded one in PGLITE_DIR when it is unset (not
while a server holds it). Sessions are not backed up: after a restore or move everyone signs in again.`;

async function withConfiguredDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = readConfig();
  const handle = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DIR },
  );
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** Ctrl-C or SIGTERM stop a backup between batches and remove the unfinished file. */
function abortOnSignals(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("Backup stopped: the unfinished file was removed."));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return {
    signal: controller.signal,
    release: () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    },
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

function describeBackup(file: string, manifest: Manifest, started: number): string {
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const bytes = manifest.tables.reduce((sum, table) => sum + table.bytes, 0);
  return [
    `Backup written to ${file} in ${since(started)}: ${manifest.tables.length} tables, ${rows} rows, ${megabytes(bytes)} compressed.`,
    `Schema ${manifest.schemaVersion.tag}; ledger ${manifest.ledger.entries} entries, head ${manifest.ledger.head ?? "(none)"}.`,
  ].join("\n");
}

async function backupTo(handle: DatabaseHandle, file: string): Promise<Manifest> {
  const stopper = abortOnSignals();
  try {
    return await writeBackup(handle, file, {
      signal: stopper.signal,
      onTable: ({ table, rows }) => process.stderr.write(`  ${table}: ${rows} rows\n`),
    });
  } finally {
    stopper.release();
  }
}

function describeRestore(result: RestoreResult): string {
  const backedUp = new Map(result.manifest.tables.map((table) => [table.name, table.rows]));
  const width = Math.max(...result.counts.map((count) => count.table.length));
  const lines = result.counts.map(({ table, rows }) => {
    const expected = backedUp.get(table);
    const note = expected === undefined ? "  (not in the backup)" : expected === rows ? "" : `  (backup: ${expected})`;
    return `  ${table.padEnd(width)}  ${String(rows).padStart(9)}${note}`;
  });
  const verdict = result.ledgerMatches
    ? "The ledger verifies and ends at the head the backup recorded."
    : `The ledger does not end where the backup recorded (${result.manifest.ledger.entries} entries, head ${result.manifest.ledger.head ?? "(none)"}).`;
  return ["Rows:", ...lines, `Ledger: ${describeReport(result.ledger)}`, verdict].join("\n");
}

/** Checks the whole file before the target is even opened: a bad file leaves no trace. */
async function checked(file: string): Promise<CheckedBackup> {
  const backup = await checkBackupFile(file);
  const { manifest } = backup;
  process.stderr.write(
    `${file}: checked (${manifest.tables.length} parts, schema ${manifest.schemaVersion.tag}, made ${manifest.createdAt}).\n`,
  );
  return backup;
}

async function move(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: "string" }, keep: { type: "string" } } });
  if (!values.to || !/^postgres(ql)?:\/\//.test(values.to)) {
    process.stderr.write(`db move needs --to postgres://… (the new, empty database).\n\n${BACKUP_USAGE}\n`);
    return 2;
  }
  const target = await openDatabase({ url: values.to });
  try {
    await assertEmptyDatabase(target);
    const folder = values.keep ? null : await mkdtemp(path.join(os.tmpdir(), "claimdesk-move-"));
    const file = values.keep ?? path.join(folder as string, "move.tar");
    try {
      const started = performance.now();
      const manifest = await withConfiguredDatabase(async (source) => {
        if (source.location === target.location) throw new Error("The source and the target are the same database.");
        process.stderr.write(`Backing up ${source.location}…\n`);
        return backupTo(source, file);
      });
      process.stdout.write(`${describeBackup(file, manifest, started)}\n`);
      const restoring = performance.now();
      const result = await restoreBackup(target, await checked(file));
      process.stdout.write(`Restored in ${since(restoring)}.\n`);
      process.stdout.write(`${describeRestore(result)}\n`);
      if (!result.ledgerMatches) return 1;
      process.stdout.write(
        `\nMoved. Start the app with DATABASE_URL=${target.location} (with its password) to use it; ` +
          "everyone signs in again. The old database is untouched.\n",
      );
      return 0;
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true });
    }
  } finally {
    await target.close();
  }
}

export async function runBackupCommand(action: string, args: string[]): Promise<number> {
  if (action === "move") return move(args);
  const [file, ...extra] = args;
  if (!file || extra.length > 0 || file.startsWith("-")) {
    process.stderr.write(`${BACKUP_USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  if (action === "backup") {
    const manifest = await withConfiguredDatabase((handle) => backupTo(handle, file));
    process.stdout.write(`${describeBackup(file, manifest, started)}\n`);
    return 0;
  }
  const backup = await checked(file);
  const result = await withConfiguredDatabase((handle) => restoreBackup(handle, backup));
  process.stdout.write(`${describeRestore(result)}\nRestored in ${since(started)}.\n`);
  return result.ledgerMatches ? 0 : 1;
}
