import { AppError } from "~/domain/errors";
import { hasNulCharacter, nulCharacterMessage } from "~/domain/validation";
import { FORM_ENCODING_MESSAGE, isFormEncoding } from "../http/form-encoding";
import { throwAsResponse } from "../http/responses";

/** The form a page posted, every text field fit to store. Anything but a form encoding is refused
 *  (415); a body that does not parse as the encoding it claims (a broken multipart upload, say) is a
 *  bad request (400); a field holding a NUL character, which no text column can store, is refused
 *  naming the field (422). Each is answered with the error page and its message, never a server error. */
export async function readFormData(request: Request): Promise<FormData> {
  const contentType = request.headers.get("Content-Type");
  if (!isFormEncoding(contentType)) throwAsResponse(new AppError(415, "unsupported_media_type", FORM_ENCODING_MESSAGE));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    const encoding = contentType?.split(";")[0]?.trim();
    throwAsResponse(
      new AppError(400, "bad_request", `The form could not be read: its body is not valid ${encoding}. Send it again.`),
    );
  }
  for (const [field, value] of form) {
    if (typeof value === "string" && hasNulCharacter(value)) {
      throwAsResponse(
        new AppError(422, "invalid", nulCharacterMessage(field), { [field]: nulCharacterMessage(field) }),
      );
    }
  }
  return form;
}
