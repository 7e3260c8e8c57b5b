import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "~/.server/db/migrate";
import { openDatabase } from "~/.server/db/open";
import { databaseUrlFor } from "../helpers/database-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** Postgres: the migrated database each test file's database is created from. */
    templateDatabase: string;
    /** PGlite: a dumpDataDir() archive of a migrated database, loaded by each test file. */
    pgliteDumpFile: string;
  }
}

// Replaying every migration per test file was most of the server suite's time: migrate once per run
// and give each file a copy (CREATE DATABASE … TEMPLATE on Postgres, a loaded data dump on PGlite).
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? migrateTemplateDatabase(project, serverUrl) : dumpMigratedPglite(project);
}

async function migrateTemplateDatabase(project: TestProject, serverUrl: string): Promise<() => Promise<void>> {
  const name = `claimdesk_template_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const dropTemplate = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
    await admin.unsafe(`create database "${name}"`);
    // The template must have no open connection when files copy it, so this one closes first.
    const handle = await openDatabase({ url: databaseUrlFor(serverUrl, name) });
    try {
      await migrateDatabase(handle);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await dropTemplate();
    throw error;
  }
  project.provide("templateDatabase", name);
  return dropTemplate;
}

async function dumpMigratedPglite(project: TestProject): Promise<() => Promise<void>> {
  const handle = await openDatabase({ pgliteDir: "memory://" });
  let dump: Blob;
  try {
    await migrateDatabase(handle);
    if (handle.kind !== "pglite") throw new Error("Expected an embedded PGlite database.");
    // Uncompressed: each file loads the archive, and a gzip round trip per file costs more than it saves.
    dump = await handle.client.dumpDataDir("none");
  } finally {
    await handle.close();
  }
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-test-pglite-"));
  const file = path.join(folder, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDumpFile", file);
  return async () => rmSync(folder, { recursive: true, force: true });
}
