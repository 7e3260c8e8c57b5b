import { parseArgs } from "node:util";
import { createApiToken } from "~/.server/auth/api-tokens";
import { findUserByEmail } from "~/.server/users/user-accounts";
import { AppError } from "~/domain/errors";
import { apiTokenInputSchema } from "~/domain/schemas/api-token";
import { parseInput } from "~/domain/validation";
import { exitStatusOf, usageError } from "./command-outcome";
import { withDatabase } from "./database-from-config";

const USAGE = "Usage: claimdesk token create --email EMAIL [--name LABEL]   (prints a new API token for that user)";

/** `claimdesk token create`: the token alone goes to stdout (TOKEN=$(claimdesk token create …)); what
 *  was made goes to stderr. */
export async function runToken(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "create") return usageError(USAGE);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string", default: "Command line" } },
  });
  const { email, name } = values;
  if (!email) return usageError(USAGE);
  return exitStatusOf(async () => {
    const made = await withDatabase(async ({ db }) => {
      const user = await findUserByEmail(db, email);
      if (!user) throw new AppError(404, "not_found", `There is no user with the email ${email}.`);
      const { name: validName } = parseInput(apiTokenInputSchema, { name });
      return { user, ...(await createApiToken(db, null, user.id, validName)) };
    });
    process.stderr.write(
      `Created the API token "${made.record.name}" for ${made.user.displayName} <${made.user.email}> (${made.user.role}). It is shown once:\n`,
    );
    process.stdout.write(`${made.token}\n`);
    return 0;
  });
}
