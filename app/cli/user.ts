import { parseArgs } from "node:util";
import { generatePassword } from "~/.server/auth/passwords";
import { createUser } from "~/.server/users/user-accounts";
import { isRole } from "~/domain/roles";
import { newUserSchema } from "~/domain/schemas/user";
import { parseInput } from "~/domain/validation";
import { exitStatusOf, usageError } from "./command-outcome";
import { withDatabase } from "./database-from-config";

const USAGE =
  "Usage: claimdesk user create --email EMAIL --name NAME --role checker|editor|admin  (password on stdin, or one is generated)";

async function readPasswordFromStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const firstLine = input.split(/\r?\n/)[0] ?? "";
  return firstLine.length > 0 ? firstLine : null;
}

export async function runUser(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "create") return usageError(USAGE);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "checker" } },
  });
  const { email, name, role } = values;
  if (!email || !name || !isRole(role)) return usageError(USAGE);
  const piped = await readPasswordFromStdin();
  const password = piped ?? generatePassword();
  return exitStatusOf(async () => {
    const valid = parseInput(newUserSchema, { email, displayName: name, role, password });
    const user = await withDatabase((handle) => createUser(handle.db, null, valid));
    process.stdout.write(`Created ${user.role} ${user.displayName} <${user.email}>.\n`);
    if (!piped) process.stdout.write(`Password (shown once): ${password}\n`);
    return 0;
  });
}
