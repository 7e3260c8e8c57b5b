import { describe, expect, it } from "vitest";
import { isSpeechParticle, isSpeechVerb } from "~/domain/extraction/speech-cues";

describe("speech verbs", () => {
  it("knows every inflection of the regular verbs", () => {
    for (const form of ["argue", "argues", "argued", "arguing", "quip", "quips", "quipped", "quipping"]) {
      expect(isSpeechVerb(form), form).toBe(true);
    }
    for (const form of [
      "testify",
      "testifies",
      "testified",
      "implore",
      "implored",
      "concede",
      "conceded",
      "muse",
      "mused",
    ]) {
      expect(isSpeechVerb(form), form).toBe(true);
    }
  });

  it("covers stating, asking, urging, feeling and attacking verbs", () => {
    const verbs =
      "said told wrote added noted insisted explained acknowledged asked replied retorted urged warned pledged complained gushed exclaimed joked mused recalled accused blasted denied tweeted posted testified".split(
        " ",
      );
    for (const verb of verbs) expect(isSpeechVerb(verb), verb).toBe(true);
  });

  it("reads capitalised forms", () => {
    expect(isSpeechVerb("Said")).toBe(true);
  });

  it("leaves ordinary verbs out", () => {
    for (const verb of ["walked", "ate", "ran", "built", "went", "shot", "fired", "pointed"]) {
      expect(isSpeechVerb(verb), verb).toBe(false);
    }
  });

  it("knows phrasal speech verbs by their particle", () => {
    const phrasal: [string, string][] = [
      ["chimed", "in"],
      ["shot", "back"],
      ["went", "on"],
      ["fired", "back"],
      ["pointed", "out"],
      ["weighed", "in"],
    ];
    for (const [verb, particle] of phrasal) expect(isSpeechParticle(verb, particle), `${verb} ${particle}`).toBe(true);
    expect(isSpeechParticle("shot", "down")).toBe(false);
  });
});
