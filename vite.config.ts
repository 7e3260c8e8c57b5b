import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  plugins: [tailwindcss(), remix(remixConfig)],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  optimizeDeps: { exclude: ["@node-rs/argon2", "@electric-sql/pglite"] },
  build: {
    target: "es2022",
    rollupOptions: {
      // Not actionable, so not printed: resource routes (API, feeds) have no browser code, so their
      // client chunks are empty; and zod's sources carry comments Rollup cannot place.
      onLog(level, log, print) {
        if (log.code === "EMPTY_BUNDLE" || log.code === "INVALID_ANNOTATION") return;
        print(level, log);
      },
    },
  },
});
