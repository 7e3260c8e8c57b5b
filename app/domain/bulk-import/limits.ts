/** Largest file a bulk import accepts; the form shows it and the upload handler enforces it. */
export const MAX_IMPORT_FILE_BYTES = 50_000_000;
