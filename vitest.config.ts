import { defineConfig } from "vitest/config";

const alias = { "~": new URL("./app", import.meta.url).pathname };
const setupFiles = ["tests/setup/console-errors.ts"];

// Three suites: pure domain tests, server tests on a throwaway database
// (PGlite, or the server named by TEST_DATABASE_URL), and browser tests against the production build.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "domain",
          include: ["tests/domain/**/*.test.ts"],
          environment: "node",
          setupFiles,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          // Each file has its own database and reads no module-level state, so files share a worker's
          // loaded modules instead of importing the app again, two workers at a time.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          globalSetup: ["tests/setup/server-database.ts"],
          setupFiles,
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          setupFiles,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser test at a time, after the other suites: each drives Chromium and a server.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
