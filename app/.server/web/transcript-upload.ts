import { extname } from "node:path";
import { AppError, invalid } from "~/domain/errors";
import { CaptionFormatError, MAX_TRANSCRIPT_BYTES, parseTranscript } from "~/domain/quote-fidelity/captions";
import type { TranscriptFormat } from "~/domain/sources";
import { UnsupportedFileError } from "../imports/import-errors";
import { decodeUtf8File } from "../imports/text-decoding";
import type { GivenTranscript } from "../review/source-records";

// A transcript given on the claim page: pasted into the form or uploaded as a .txt, .vtt or .srt file,
// read here at the edge so that addTranscript gets it parsed.

const FORMAT_OF_EXTENSION: Record<string, TranscriptFormat> = { ".txt": "text", ".vtt": "vtt", ".srt": "srt" };

const TOO_LARGE = `A transcript can be up to ${MAX_TRANSCRIPT_BYTES / 1024} KB; split a longer one and add the part the quote is in.`;

/** Pasted captions are read as captions: a checker often copies a .vtt file's text. */
function pastedFormat(text: string): TranscriptFormat {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return "vtt";
  if (/^\d+\r?\n[\d:,.]+\s+-->/.test(start)) return "srt";
  return "text";
}

function read(text: string, format: TranscriptFormat, field: string): GivenTranscript {
  try {
    // Postgres text cannot hold NUL characters; no reader sees them either.
    return { ...parseTranscript(text.replaceAll("\u0000", ""), format), format };
  } catch (error) {
    if (error instanceof CaptionFormatError) throw invalid(error.message, { [field]: error.message });
    throw error;
  }
}

/** The transcript a form gives, from its `transcriptFile` upload or its `transcript` text. */
export async function transcriptFromForm(form: FormData): Promise<GivenTranscript> {
  const file = form.get("transcriptFile");
  const pasted = form.get("transcript");
  const text = typeof pasted === "string" ? pasted.trim() : "";
  if (file instanceof File && file.size > 0) {
    if (text) {
      const message = "Paste the transcript or choose a file, not both.";
      throw invalid(message, { transcript: message });
    }
    return transcriptFromFile(file);
  }
  if (!text) {
    const message = "Paste the transcript, or choose a .txt, .vtt or .srt file.";
    throw invalid(message, { transcript: message });
  }
  if (Buffer.byteLength(text) > MAX_TRANSCRIPT_BYTES) {
    throw new AppError(413, "too_large", TOO_LARGE, { transcript: TOO_LARGE });
  }
  return read(text, pastedFormat(text), "transcript");
}

async function transcriptFromFile(file: File): Promise<GivenTranscript> {
  const field = "transcriptFile";
  const extension = extname(file.name).toLowerCase();
  const format = FORMAT_OF_EXTENSION[extension];
  if (!format) {
    const message = `Claimdesk reads transcripts from .txt, .vtt or .srt files; ${file.name} is not one.`;
    throw new AppError(415, "unsupported_media_type", message, { [field]: message });
  }
  if (file.size > MAX_TRANSCRIPT_BYTES) throw new AppError(413, "too_large", TOO_LARGE, { [field]: TOO_LARGE });
  let text: string;
  try {
    text = decodeUtf8File(file.name, Buffer.from(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UnsupportedFileError) throw invalid(error.message, { [field]: error.message });
    throw error;
  }
  return read(text, format, field);
}
