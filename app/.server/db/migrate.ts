import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { projectRoot } from "../paths";
import type { DatabaseHandle } from "./types";

// Any fixed number: all app instances starting at once against one server take turns migrating.
const MIGRATION_LOCK_KEY = 4_201_771;

/** Applies every migration in drizzle/ that the database has not seen; safe to run again. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const migrationsFolder = path.join(projectRoot(), "drizzle");
  if (handle.kind === "pglite") {
    await migratePglite(drizzlePglite({ client: handle.client }), { migrationsFolder });
    return;
  }
  // The advisory lock belongs to a connection, so take it and migrate on one reserved connection.
  const connection = await handle.client.reserve();
  try {
    await connection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client: connection }), { migrationsFolder });
  } finally {
    await connection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    connection.release();
  }
}
