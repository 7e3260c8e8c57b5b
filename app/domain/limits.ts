// Limits that both the forms (as hints) and the validation schemas use; kept apart from the
// schemas so the browser bundle does not carry zod for a number.
export const MAX_ARTICLE_BYTES = 1_000_000;
export const MIN_PASSWORD_LENGTH = 10;
