import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { openDatabase } from "~/.server/db/open";
import { databaseUrlFor } from "./database-url";

export type TestDatabase = DatabaseHandle & {
  /** Closes the connection and drops the throwaway database. */
  dispose(): Promise<void>;
};

const serverUrl = process.env.TEST_DATABASE_URL;

// Postgres refuses to copy a template while anyone is connected to it (SQLSTATE 55006).
const TEMPLATE_IN_USE = "55006";
const TEMPLATE_RETRIES = 20;
const TEMPLATE_RETRY_MS = 250;

/** A fresh, migrated database for one test file: a copy of the run's migrated template database on
 *  the server named by TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite loaded from the
 *  run's migrated dump (both made once by tests/setup/server-database.ts). Never the developer's data. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const dump = new Blob([readFileSync(inject("pgliteDumpFile"))]);
    const handle = await openDatabase({ pgliteDir: "memory://", loadDataDir: dump });
    return { ...handle, dispose: () => handle.close() };
  }
  const name = `claimdesk_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await copyTemplate(admin, name, inject("templateDatabase"));
  const handle = await openDatabase({ url: databaseUrlFor(serverUrl, name) });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

async function copyTemplate(admin: postgres.Sql, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
      return;
    } catch (error) {
      const inUse = error instanceof postgres.PostgresError && error.code === TEMPLATE_IN_USE;
      if (!inUse || attempt === TEMPLATE_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, TEMPLATE_RETRY_MS));
    }
  }
}

export const testDatabaseKind = serverUrl ? "postgres" : "pglite";
