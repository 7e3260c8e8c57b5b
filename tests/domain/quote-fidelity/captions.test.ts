import { describe, expect, it } from "vitest";
import { CaptionFormatError, parseTranscript, timeAt } from "~/domain/quote-fidelity/captions";

describe("caption parsing", () => {
  it("reads WebVTT cues as text with their start times, without markup, notes or repeated cues", () => {
    const vtt = [
      "WEBVTT - council meeting",
      "",
      "NOTE recorded on 3 March",
      "",
      "intro",
      "00:00:01.000 --> 00:00:04.000 align:start",
      "<v Mayor>Thank you, <i>chair</i>.</v>",
      "",
      "00:00:04.000 --> 00:00:06.000",
      "<v Mayor>Thank you, <i>chair</i>.</v>",
      "",
      "01:02.500 --> 01:05.000",
      "Let me start with the budget &amp; the library.",
    ].join("\r\n");
    const parsed = parseTranscript(vtt, "vtt");
    expect(parsed.text).toBe("Thank you, chair. Let me start with the budget & the library.");
    expect(parsed.times).toEqual([
      { at: 0, time: "00:00:01.000" },
      { at: 18, time: "00:01:02.500" },
    ]);
    expect(timeAt(parsed.times, 30)).toBe("00:01:02.500");
  });

  it("reads SubRip cues", () => {
    const srt = [
      "1",
      "00:00:01,000 --> 00:00:03,000",
      "We are not going",
      "to raise council tax.",
      "",
      "2",
      "00:00:03,500 --> 00:00:05,000",
      "Thank you.",
    ].join("\n");
    expect(parseTranscript(srt, "srt")).toEqual({
      text: "We are not going to raise council tax. Thank you.",
      times: [
        { at: 0, time: "00:00:01.000" },
        { at: 39, time: "00:00:03.500" },
      ],
    });
  });

  it("refuses a .vtt that is not WebVTT and a .srt without timings", () => {
    expect(() => parseTranscript("1\n00:00:01,000 --> 00:00:02,000\nHello", "vtt")).toThrow(
      new CaptionFormatError("This is not a WebVTT file: a .vtt file starts with “WEBVTT”."),
    );
    expect(() => parseTranscript("Just some words.", "srt")).toThrow(CaptionFormatError);
    expect(() => parseTranscript("WEBVTT\n\nno cues here", "vtt")).toThrow(/no cues/);
  });

  it("keeps plain text as it is, untimed", () => {
    expect(parseTranscript("\uFEFFSome words.\r\nMore.\n", "text")).toEqual({ text: "Some words.\nMore.", times: [] });
  });
});
