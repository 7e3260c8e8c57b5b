import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { projectRoot } from "../paths";
import type { DatabaseHandle } from "./database-types";

// Any fixed number: all app instances starting at once against one server take turns migrating.
const MIGRATION_LOCK_KEY = 4_201_771;

/** Applies every migration in drizzle/ that the database has not seen; safe to run again. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const migrationsFolder = path.join(projectRoot(), "drizzle");
  if (handle.kind === "pglite") {
    await migratePglite(drizzlePglite({ client: handle.client }), { migrationsFolder });
    return;
  }
  // An advisory lock belongs to the connection that took it: hold one connection for the lock while
  // the migration runs on the pool; another instance blocks on the lock until it is released.
  const connection = await handle.client.reserve();
  try {
    await connection`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client: handle.client }), { migrationsFolder });
  } finally {
    await connection`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    connection.release();
  }
}
