import { AppError } from "~/domain/errors";

/** Wrong usage: the usage goes to stderr and the command exits with 2. */
export function usageError(usage: string): number {
  process.stderr.write(`${usage}\n`);
  return 2;
}

/** Runs a command's work; a refusal it expects (an AppError) is printed as `claimdesk: …` and exits with
 *  `refusedStatus`, anything else is a bug and is thrown. */
export async function exitStatusOf(work: () => Promise<number>, refusedStatus = 1): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    process.stderr.write(`claimdesk: ${error.message}\n`);
    return refusedStatus;
  }
}
