import { data } from "@remix-run/node";
import { AppError } from "~/domain/errors";

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

export function forbiddenResponse(message: string) {
  return data(errorBody(new AppError(403, "forbidden", message)), { status: 403 });
}

/** For actions: an AppError becomes the form's error data with its status, so the page re-renders
 *  with the message and (when given) what the user typed; anything else is a real failure and is rethrown. */
export function formError<Submitted extends Record<string, string> = Record<string, never>>(
  error: unknown,
  submitted?: Submitted,
) {
  if (error instanceof AppError)
    return data({ ...errorBody(error), submitted: submitted ?? null }, { status: error.status });
  throw error;
}

/** For loaders: an AppError becomes a thrown response that the error boundary shows. */
export function throwAsResponse(error: unknown): never {
  if (error instanceof AppError) throw data(errorBody(error), { status: error.status });
  throw error;
}
