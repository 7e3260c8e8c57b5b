// Bundles the command-line entry (app/cli/main.ts) into build/cli/ so `claimdesk` starts fast
// without a TypeScript loader; npm packages stay external and load from node_modules.

import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  entryPoints: { claimdesk: `${root}app/cli/main.ts` },
  outdir: `${root}build/cli`,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  alias: { "~": `${root}app` },
  sourcemap: true,
  logLevel: "warning",
});
