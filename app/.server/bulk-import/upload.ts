import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { z } from "zod";
import type { ImportFormat } from "~/domain/bulk-import/formats";
import { MAX_IMPORT_FILE_BYTES } from "~/domain/bulk-import/limits";
import { AppError, invalid } from "~/domain/errors";
import { formatMegabytes } from "~/domain/text-size";
import { IMPORT_FORMATS } from "../db/schema/imports";

export interface ImportUpload {
  fileName: string;
  /** "auto": tell from the file's name and first line. */
  format: ImportFormat | "auto";
  text: string;
}

const formatField = z.enum([...IMPORT_FORMATS, "auto"]).catch("auto");

const CHOOSE_A_FILE = "Choose a file to import.";

async function multipartForm(request: Request): Promise<FormData> {
  try {
    return await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_FILE_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      throw new AppError(
        413,
        "too_large",
        `The file is larger than ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Split it into smaller files and import them one by one.`,
      );
    }
    // Not multipart at all: the form was posted without its file.
    if (error instanceof TypeError) throw invalid(CHOOSE_A_FILE, { file: CHOOSE_A_FILE });
    throw error;
  }
}

/** Reads the bulk import form: the uploaded file (kept in memory, up to the size limit) and its format. */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const form = await multipartForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw invalid(CHOOSE_A_FILE, { file: CHOOSE_A_FILE });
  return { fileName: file.name, format: formatField.parse(form.get("format")), text: await file.text() };
}
