import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/** The project folder. Server code runs from app/ (dev, tests), build/cli/ and build/server/,
 *  so it is found by walking up to the folder that holds the committed migrations. */
export function projectRoot(): string {
  if (cached) return cached;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(directory, "drizzle", "meta", "_journal.json"))) {
      cached = directory;
      return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error("Cannot find the Claimdesk project folder (the one holding drizzle/)");
    directory = parent;
  }
}
