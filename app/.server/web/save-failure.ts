import { AppError } from "~/domain/errors";
import { type Logger, processLog } from "../log";

/** What a form shows when saving `subject` ("The article") failed. A refusal (an AppError) is shown as
 *  it is; a failure the user cannot fix (the database went away, a bug) is logged and becomes a 500
 *  asking to try again, so the form still comes back with everything that was typed. A response thrown
 *  on purpose (a redirect to sign in, a refused encoding) is an answer, not a failure: it is thrown on.
 *  `log` is the request's logger (the load context's), so the line carries the request id. */
export function saveFailure(thrown: unknown, subject: string, log: Logger = processLog()): AppError {
  if (thrown instanceof AppError) return thrown;
  if (!(thrown instanceof Error)) throw thrown;
  log.error({ err: thrown }, `${subject} could not be saved`);
  return new AppError(
    500,
    "server_error",
    `${subject} could not be saved because of a problem on the server. What you typed is still here: try again in a moment.`,
  );
}
