import postgres from "postgres";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { migrateDatabase } from "~/.server/db/migrate";
import { openDatabase } from "~/.server/db/open";

export type TestDatabase = DatabaseHandle & {
  /** Closes the connection and drops the throwaway database. */
  dispose(): Promise<void>;
};

const serverUrl = process.env.TEST_DATABASE_URL;

/** A fresh, migrated database for one test file: a new database on the server named by
 *  TEST_DATABASE_URL (dropped afterwards), or an in-memory PGlite. Never the developer's data. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateDatabase(handle);
    return { ...handle, dispose: () => handle.close() };
  }
  const name = `claimdesk_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export const testDatabaseKind = serverUrl ? "postgres" : "pglite";
