import type { ArticleFormInput } from "../schemas/article";

/** One non-blank row of an uploaded file, with the 1-based line of the file it starts on. */
export type SourceRow =
  | { line: number; kind: "article"; input: ArticleFormInput }
  | { line: number; kind: "url"; url: string }
  | { line: number; kind: "invalid"; reason: string };

/** Line numbers count the lines a person sees in an editor, whatever line endings the file uses. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export const isBlank = (line: string) => line.trim() === "";
