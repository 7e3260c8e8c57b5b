#!/usr/bin/env node
// `npx claimdesk …`: runs the bundled CLI (built by `npm run build` / `npm run build:cli`),
// or the TypeScript source through tsx when no bundle has been built yet.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = fileURLToPath(new URL("../build/cli/claimdesk.mjs", import.meta.url));
if (existsSync(bundle)) {
  await import(pathToFileURL(bundle).href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport("../app/cli/main.ts", import.meta.url);
}
