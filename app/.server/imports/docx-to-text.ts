import mammoth from "mammoth";
import { paragraphsFromElement } from "./html-paragraphs";
import { UnsupportedFileError } from "./import-errors";
import { collapseWhitespace, joinParagraphs, withoutLeadingTitle } from "./paragraphs";
import { parseHtmlDocument } from "./parse-html";
import { zipUncompressedSize } from "./zip-size";

export type DocxText = { title: string | null; text: string };

const MAMMOTH_OPTIONS = {
  // Word's "Title" style is not in mammoth's default map; treat it as the top heading.
  styleMap: ["p[style-name='Title'] => h1:fresh"],
  // Only the text matters: skip encoding images as data URIs.
  convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
  // A document must never make the server read files it links to.
  externalFileAccess: false,
};

// A news article's document unpacks to a few hundred kilobytes; far more is a zip bomb.
const MAX_UNPACKED_BYTES = 50_000_000;

/** The text of a Word document, one paragraph per paragraph, titled by its first heading. */
export async function textFromDocx(buffer: Buffer): Promise<DocxText> {
  const unpacked = buffer.length >= 22 ? zipUncompressedSize(buffer) : null;
  if (unpacked === null)
    throw new UnsupportedFileError("This file could not be read as a Word document (.docx). It may be damaged.");
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new UnsupportedFileError(
      "This Word document unpacks to more than 50 MB, far more than an article needs; it was not opened.",
    );
  }
  const html = await mammoth.convertToHtml({ buffer }, MAMMOTH_OPTIONS).then(
    (result) => result.value,
    () => {
      throw new UnsupportedFileError("This file could not be read as a Word document (.docx). It may be damaged.");
    },
  );
  const document = parseHtmlDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const heading = document.querySelector("h1, h2, h3, h4, h5, h6")?.textContent;
  const title = heading ? collapseWhitespace(heading) || null : null;
  return { title, text: joinParagraphs(withoutLeadingTitle(paragraphsFromElement(document.body), title)) };
}
