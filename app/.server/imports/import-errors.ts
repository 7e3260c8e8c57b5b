/** An uploaded file Claimdesk cannot turn into article text; the message says why, for the fact-checker. */
export class UnsupportedFileError extends Error {
  override readonly name = "UnsupportedFileError";
}

/** A fetched URL that is not a web page (a PDF, an image, JSON…); the message says what it was. */
export class UnsupportedContentError extends Error {
  override readonly name = "UnsupportedContentError";
}
