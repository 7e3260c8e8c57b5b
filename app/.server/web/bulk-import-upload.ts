import { MAX_IMPORT_FILE_BYTES } from "~/domain/bulk-import/limits";
import { invalid } from "~/domain/errors";
import { importFormatField } from "~/domain/schemas/bulk-import";
import { hasNulCharacter } from "~/domain/validation";
import type { ImportUpload } from "../imports/bulk/import-jobs";
import { readMultipartForm, uploadedFile } from "./multipart";

/** Reads the bulk import form: the uploaded file (kept in memory, up to the size limit) and its format. */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const form = await readMultipartForm(
    request,
    MAX_IMPORT_FILE_BYTES,
    "Split it into smaller files and import them one by one.",
  );
  const file = uploadedFile(form);
  const text = await file.text();
  // The file is stored as text until the worker reads it, and no text column can hold a NUL.
  if (hasNulCharacter(file.name) || hasNulCharacter(text)) {
    const message = `${file.name.replaceAll("\u0000", "")} is not plain text: it holds NUL characters (\\u0000), as files saved as UTF-16 and binary files do. Save it as UTF-8 text and import it again.`;
    throw invalid(message, { file: message });
  }
  return { fileName: file.name, format: importFormatField.parse(form.get("format")), text };
}
