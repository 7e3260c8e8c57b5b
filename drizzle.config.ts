import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes SQL migrations from the schema into drizzle/ (committed);
// the app applies them at start-up and `npm run db:migrate` applies them on demand.
export default defineConfig({
  dialect: "postgresql",
  schema: "./app/.server/db/schema/all-tables.ts",
  out: "./drizzle",
});
