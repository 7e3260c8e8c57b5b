import type { TranscriptFormat } from "../sources";

/** Below the claim page's body limit (256 KB), so the form's own message answers a long transcript:
 *  about 30,000 words of plain text. */
export const MAX_TRANSCRIPT_BYTES = 200 * 1024;

/** Where in a transcript's text a caption cue starts, and its start time ("00:01:23.000"). */
export interface CueTime {
  at: number;
  time: string;
}

export interface ParsedTranscript {
  text: string;
  /** Empty for plain text. */
  times: CueTime[];
}

/** Why a caption file could not be read, in words fit to show the checker. */
export class CaptionFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CaptionFormatError";
  }
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

/** "1:02.5" or "00:01:02,500" as "00:01:02.500". */
function normaliseTime(raw: string): string {
  const [clock = "", fraction = ""] = raw.replace(",", ".").split(".");
  const parts = clock.split(":").map((part) => part.padStart(2, "0"));
  while (parts.length < 3) parts.unshift("00");
  return `${parts.join(":")}.${fraction.padEnd(3, "0")}`;
}

/** Cue text without WebVTT markup (<v Speaker>, <i>, <00:00:01.000>) or entities. */
function cueText(lines: string[]): string {
  return lines
    .join(" ")
    .replace(/<[^>]*>/g, "")
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&nbsp;", " ")
    .replace(/\s+/g, " ")
    .trim();
}

function blocksOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0);
}

/** Joins cues into running text, remembering where each starts. A cue repeating the one before
 *  (roll-up captions) is kept once. */
function joinCues(cues: { time: string; text: string }[], format: string): ParsedTranscript {
  let text = "";
  const times: CueTime[] = [];
  let previous = "";
  for (const cue of cues) {
    if (!cue.text || cue.text === previous) continue;
    previous = cue.text;
    if (text) text += " ";
    times.push({ at: text.length, time: cue.time });
    text += cue.text;
  }
  if (!text) throw new CaptionFormatError(`This ${format} file has no caption text.`);
  return { text, times };
}

/** WebVTT: "WEBVTT" first, then cues (an optional id line, a timing line, text); NOTE, STYLE and
 *  REGION blocks are skipped. */
export function parseWebVtt(source: string): ParsedTranscript {
  const [header, ...blocks] = blocksOf(source);
  if (!header?.[0] || !/^WEBVTT(?:[ \t]|$)/.test(header[0])) {
    throw new CaptionFormatError("This is not a WebVTT file: a .vtt file starts with “WEBVTT”.");
  }
  const cues: { time: string; text: string }[] = [];
  // The header block may run straight into the first cue when no blank line follows it.
  for (const lines of [header.slice(1), ...blocks]) {
    if (/^(NOTE|STYLE|REGION)\b/.test(lines[0] ?? "")) continue;
    const timingAt = lines.findIndex((line) => TIMING.test(line));
    if (timingAt < 0 || timingAt > 1) continue;
    const start = TIMING.exec(lines[timingAt] as string)?.[1] as string;
    cues.push({ time: normaliseTime(start), text: cueText(lines.slice(timingAt + 1)) });
  }
  if (cues.length === 0) throw new CaptionFormatError("This WebVTT file has no cues (no “00:00:01.000 --> …” lines).");
  return joinCues(cues, "WebVTT");
}

/** SubRip: numbered cues, each a "00:00:01,000 --> 00:00:04,000" line and its text. */
export function parseSubRip(source: string): ParsedTranscript {
  const cues: { time: string; text: string }[] = [];
  for (const lines of blocksOf(source)) {
    const timingAt = lines.findIndex((line) => TIMING.test(line));
    if (timingAt < 0 || timingAt > 1) continue;
    const start = TIMING.exec(lines[timingAt] as string)?.[1] as string;
    cues.push({ time: normaliseTime(start), text: cueText(lines.slice(timingAt + 1)) });
  }
  if (cues.length === 0) {
    throw new CaptionFormatError("This is not a SubRip file: no “00:00:01,000 --> 00:00:04,000” timing lines.");
  }
  return joinCues(cues, "SubRip");
}

/** A transcript as text and cue times, whatever it was given as. */
export function parseTranscript(source: string, format: TranscriptFormat): ParsedTranscript {
  if (format === "vtt") return parseWebVtt(source);
  if (format === "srt") return parseSubRip(source);
  const text = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
  if (!text) throw new CaptionFormatError("The transcript is empty.");
  return { text, times: [] };
}

/** The time of the cue a passage starting at `offset` sits in, or null for an untimed transcript. */
export function timeAt(times: readonly CueTime[], offset: number): string | null {
  let found: string | null = null;
  for (const cue of times) {
    if (cue.at > offset) break;
    found = cue.time;
  }
  return found;
}
