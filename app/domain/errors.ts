// The one error type for things a user did or asked for that cannot be done. Routes and the API
// turn it into the same response: an HTTP status and a message fit to show the user.
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors | undefined;

  constructor(status: number, code: string, message: string, fields?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found.`);
export const forbidden = (message: string) => new AppError(403, "forbidden", message);
export const conflict = (message: string, fields?: FieldErrors) => new AppError(409, "conflict", message, fields);
export const invalid = (message: string, fields?: FieldErrors) => new AppError(422, "invalid", message, fields);
