// `npm run bench:ledger`: times the /ledger queries on the database in DATABASE_URL (seed it first
// with `npm run db:seed:synthetic -- --claims 100000`). The work is in app/cli/bench-ledger.ts.
import { tsImport } from "tsx/esm/api";

const { runBenchLedger } = await tsImport("../app/cli/bench-ledger.ts", import.meta.url);
process.exitCode = await runBenchLedger();
