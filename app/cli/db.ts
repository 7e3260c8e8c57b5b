import { parseArgs } from "node:util";
import { seedDemo } from "~/.server/demo/seed-demo";
import { withDatabase } from "./database-from-config";

const USAGE = "Usage: claimdesk db migrate | db seed --demo | db backup FILE | db restore FILE | db move --to URL";

export async function runDb(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === "migrate") {
    await withDatabase(async (handle) => {
      process.stdout.write(`Migrations applied: ${handle.kind} (${handle.location}) is up to date.\n`);
    });
    return 0;
  }
  if (action === "seed") {
    const { values } = parseArgs({ args: rest, options: { demo: { type: "boolean", default: false } } });
    if (!values.demo) {
      process.stderr.write(
        "Nothing to seed: pass --demo to add the demo users (password claimdesk-demo) and sample articles.\n",
      );
      return 2;
    }
    await withDatabase(async (handle) => {
      await seedDemo(handle.db);
      process.stdout.write(`Demo users and sample articles are in ${handle.kind} (${handle.location}).\n`);
    });
    return 0;
  }
  if (action === "backup" || action === "restore" || action === "move") {
    return (await import("./db-backup")).runBackupCommand(action, rest);
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}
