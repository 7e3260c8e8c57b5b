// Quoted names of shows, films, laws and nicknames ("Face the Nation," “13th”) are not claims: a
// short quoted string in title case is taken for a title when nobody is said to have said it, or when
// the words around it name a work: a possessive, "on", "told", "interview with", "starred in", "known
// as", "the show", "the podcast" before it (MSNBC's "Morning Joe", on “Face the Nation”), or "star",
// "T-shirts", "theme" after it. Names someone gave ("called", "titled") are kept when a speaker is
// found: the annotated corpus counts them as that speaker's words more often than not. Words chanted,
// shouted, repeated or written on a sign, and a name given somebody ("referring to Roe as “…”"), are
// never titles.

import type { QuoteSpan } from "./quotes";

const MINOR_WORDS = new Set(
  "of and the on with in a an to for at or by from is are be as but nor so up over de la el le y vs &".split(" "),
);
const MAX_TITLE_WORDS = 6;
const TITLE_BEFORE =
  /(?:\p{L}['’]s?|\b(?:on|told|interview with|appearances? on|appeared on|episode of|show|series|program|programme|podcast|documentary|film|movie|book|memoir|novel|song|anthem|album|play|musical|drama|sitcom|reboot|segment|column|tune of|known as|star(?:s|red)? in|roles? in|starring|host of|edits|hashtag))[,:]?\s*$/iu;
const TITLE_AFTER =
  /^[,.]?\s*(?:star|co-?star|host|co-?host|actor|actress|anchor|creator|theme|t-shirts?|shirts?|hats?|signs?|tote|movie|film|show|series|franchise|reboot|episode|podcast|segment|program|documentary|album|song|slogan|button|feature|headlines?|rally|reception|sequel|musical)\b/iu;

// Words shouted, repeated or carried on a sign are somebody's words, whatever their case: `chants of
// “Ted! Ted!”`, `supporters chanted "Dump Trump."`, `cries of “Shame!”`, `a sign that read “Vote Now!”`,
// `the campaign slogan, “Jobs First.”`.
const SPOKEN_BEFORE =
  /\b(?:(?:chant(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|roar(?:s|ed)?|repeat(?:s|ed|ing)?)(?:\s+of)?|calls\s+of|slogan|message|(?:that\s+)?(?:read|reads|reading|says))[,:]?\s*$/iu;

// A name someone gives somebody is that person's word: `referring to Sen. Ann Cole as “Pocahontas”`,
// `labeled the story as “Used News”`.
const NAMED_AS =
  /\b(?:refer(?:s|red|ring)?\s+to|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?)\b[^;:"“”\n]{0,60}\bas(?:\s+the)?\s*$/iu;

function isTitleCase(quoted: string): boolean {
  const words = quoted.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && MINOR_WORDS.has(word)));
}

export function isQuotedTitle(text: string, quote: QuoteSpan, attributed: boolean): boolean {
  // Six words or fewer: a longer quote is not read word by word.
  if (quote.end - quote.start > 120 || !isTitleCase(text.slice(quote.start, quote.end))) return false;
  const before = text.slice(Math.max(quote.paragraphStart, quote.openMark - 90), quote.openMark);
  if (SPOKEN_BEFORE.test(before.slice(-30)) || NAMED_AS.test(before)) return false;
  if (!attributed) return true;
  const close = quote.closeMark ?? quote.end;
  return (
    TITLE_BEFORE.test(text.slice(Math.max(quote.paragraphStart, quote.openMark - 30), quote.openMark)) ||
    TITLE_AFTER.test(text.slice(close + 1, close + 30))
  );
}
