import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { AppError, invalid } from "~/domain/errors";
import { formatMegabytes } from "~/domain/text-size";

const CHOOSE_A_FILE = "Choose a file to upload.";

/** A multipart form with its file in memory. A file over the limit is refused while it arrives (413,
 *  with `tooLargeAdvice` after the limit); a post that is not multipart at all had no file (422). */
export async function readMultipartForm(request: Request, maxBytes: number, tooLargeAdvice: string): Promise<FormData> {
  try {
    return await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: maxBytes }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      const limit = formatMegabytes(maxBytes);
      throw new AppError(
        413,
        "too_large",
        `The file is larger than ${limit}, the limit for uploads. ${tooLargeAdvice}`,
        {
          file: `Files can be up to ${limit}.`,
        },
      );
    }
    if (error instanceof TypeError) throw invalid(CHOOSE_A_FILE, { file: CHOOSE_A_FILE });
    // Anything else is the parser's: the upload was cut off or is not the multipart it claims to be.
    throw new AppError(400, "bad_request", "The upload could not be read: it was cut off or malformed. Send it again.");
  }
}

/** The uploaded file of a form, or a 422 asking for one. */
export function uploadedFile(form: FormData, field = "file"): File {
  const file = form.get(field);
  if (!(file instanceof File) || file.size === 0) throw invalid(CHOOSE_A_FILE, { [field]: CHOOSE_A_FILE });
  return file;
}
