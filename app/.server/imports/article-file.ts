import { extname } from "node:path";
import { textFromDocx } from "./docx-to-text";
import { articleFromHtml } from "./html-to-article";
import { UnsupportedFileError } from "./import-errors";
import { textFromMarkdown } from "./markdown-to-text";
import { declaredHtmlCharset, decodeUtf8File } from "./text-decoding";

export type FileArticle = {
  title: string | null;
  text: string;
  byline?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
};

const SUPPORTED = ".txt, .html, .htm, .md, .markdown or .docx";

/** The article in an uploaded file, read according to its extension. */
export async function articleFromFile(name: string, bytes: Buffer): Promise<FileArticle> {
  const extension = extname(name).toLowerCase();
  switch (extension) {
    case ".txt":
      return { title: null, text: plainText(decodeUtf8File(name, bytes)) };
    case ".html":
    case ".htm":
      return articleFromHtml(decodeHtmlFile(name, bytes));
    case ".md":
    case ".markdown":
      return textFromMarkdown(decodeUtf8File(name, bytes));
    case ".docx":
      return textFromDocx(bytes);
    default:
      throw new UnsupportedFileError(
        extension
          ? `Claimdesk cannot import ${extension} files such as ${name}. Upload a ${SUPPORTED} file instead.`
          : `Claimdesk cannot tell what kind of file ${name} is. Upload a ${SUPPORTED} file instead.`,
      );
  }
}

/** Unix line endings and no surrounding blank lines; the writer's own line structure is kept. */
function plainText(text: string): string {
  return text.replace(/\r\n?/g, "\n").trim();
}

/** Saved web pages may declare a legacy character set, which then decides; otherwise they must be UTF-8. */
function decodeHtmlFile(name: string, bytes: Buffer): string {
  const charset = declaredHtmlCharset(bytes);
  return charset && charset !== "utf-8" ? new TextDecoder(charset).decode(bytes) : decodeUtf8File(name, bytes);
}
