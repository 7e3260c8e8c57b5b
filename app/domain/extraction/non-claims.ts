// Quoted strings that are not anyone's words, whoever the sieve found: titles (titles.ts), headlines
// credited to their author, dated slogans and posters, labels, words quoted as words, buttons, and
// an article reprinted from another outlet. Each is a news-writing convention with its own check;
// the benchmark's annotators left all of them out.

import type { QuoteSpan } from "./quotes";
import { isQuotedTitle } from "./titles";

const DOUBLE_MARK = /["“”„‟«»]/;
// Labels, words quoted as words and nicknames are a few words: longer quotes skip those checks unread.
const SHORT = 40;

/** The text after the closing mark (or the quote's end) and before the opening mark, within limits. */
function after(text: string, quote: QuoteSpan, length: number): string {
  const close = quote.closeMark ?? quote.end - 1;
  return text.slice(close + 1, close + 1 + length);
}
function before(text: string, quote: QuoteSpan, length: number): string {
  return text.slice(Math.max(quote.paragraphStart, quote.openMark - length), quote.openMark);
}

// `BROADWAY BEAT—"Sam Leaves the Stage," by Times' Ann Roe: …` — a headline opening its paragraph (after
// a kicker at most), credited to its writer and outlet. The possessive outlet sets it apart from a
// passive agent (`“devastated” by the closures`).
const CREDITED_HEADLINE = /^\s*by\s+(?:the\s+)?\p{Lu}[^\n,:;"“”]{0,40}?['’]s?\s+\p{Lu}/u;

function isCreditedHeadline(text: string, quote: QuoteSpan): boolean {
  const kicker = text.slice(quote.paragraphStart, quote.openMark);
  return kicker.length <= 40 && !/\p{Ll}/u.test(kicker) && CREDITED_HEADLINE.test(after(text, quote, 60));
}

// `“No special rights for foreigners!” (2015)` — a year in parentheses dates a poster, slogan or work.
const DATED = /^\s*\((?:[^()\n]{0,40}\s)?(?:1[89]|20)\d\d\)/;

function isDatedItem(text: string, quote: QuoteSpan): boolean {
  return DATED.test(after(text, quote, 60));
}

// `"Related:"` — a one- or two-word label ending in a colon.
function isLabel(text: string, quote: QuoteSpan): boolean {
  if (quote.end - quote.start > SHORT) return false;
  const quoted = text.slice(quote.start, quote.end);
  return quoted.endsWith(":") && quoted.split(/\s+/).length <= 2;
}

// A word quoted as a word: `“Top secret” is the highest level`, `“Refoulement” (forcible return) is
// forbidden`, `What “go after them” actually means`. Only short quotes without punctuation of their own
// (`"In 2030, we'll all speak Chinese," is one saying here` is somebody's words), and not `“Shameful”
// was how Roe put it`.
const DEFINED_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:is|was|has been|means|meant|refers to)\b(?!\s+(?:how|what)\b)/;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+)$/;
const WHAT_BEFORE = /\b(?:what|whether)\s*$/i;
const MEANS_AFTER = /^\s*(?:actually\s+|really\s+)?(?:means?|meant)\b/;

function isWordAsWord(text: string, quote: QuoteSpan): boolean {
  if (quote.end - quote.start > SHORT) return false;
  const quoted = text.slice(quote.start, quote.end);
  if (quoted.split(/\s+/).length > 3 || /[\p{P}]$/u.test(quoted)) return false;
  const textBefore = before(text, quote, 40);
  const textAfter = after(text, quote, 40);
  return (
    (SENTENCE_START.test(textBefore) && DEFINED_AFTER.test(textAfter)) ||
    (WHAT_BEFORE.test(textBefore) && MEANS_AFTER.test(textAfter))
  );
}

// `click “sign up.”`, `the "subscribe" button` — words on a screen, not said by anyone.
const CLICK_BEFORE = /\b(?:click|clicking|tap|tapping|press|pressing)(?:\s+on)?(?:\s+the)?\s*$/i;
const BUTTON_AFTER = /^\s*(?:button|link|tab)\b/;

function isInterfaceLabel(text: string, quote: QuoteSpan): boolean {
  return CLICK_BEFORE.test(before(text, quote, 30)) || BUTTON_AFTER.test(after(text, quote, 20));
}

// `“Pop-up gallery opens,” by Ann Roe: “The gallery …” http://…` or `(“Mayor quits,” Courier.com, Monday)`
// — a passage followed by its link or its site is that page's text (a headline or an excerpt), not
// somebody's words.
const LINK_AFTER = /^\s*(?:\S*https?:\/\/|[\w-]+\.(?:com|org|net)\s*[,)])/i;

function isLinkedExcerpt(text: string, quote: QuoteSpan): boolean {
  return LINK_AFTER.test(after(text, quote, 20));
}

// `Gov. C.L. “Butch” Otter`, `Jesús "Chuy" García` — a nickname inside a name.
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}.'’-]*\s*$/u;
const NAME_WORD_AFTER = /^\s*\p{Lu}[\p{Ll}'’-]/u;

function isNickname(text: string, quote: QuoteSpan): boolean {
  if (quote.end - quote.start > SHORT) return false;
  const quoted = text.slice(quote.start, quote.end);
  return (
    /^\p{Lu}[\p{L}'’.-]*$/u.test(quoted) &&
    NAME_WORD_BEFORE.test(before(text, quote, 30)) &&
    NAME_WORD_AFTER.test(after(text, quote, 30))
  );
}

// `From Jane Roe writing at The Courier:` or `From The Courier:` followed by paragraphs each in
// quotation marks: the article reprints another one, and its paragraphs are article text, not a claim.
const EXCERPT_INTRODUCTION = /^From\s+\p{Lu}[^\n.:]{0,80}:\s*$/u;
const PARAGRAPHS_LOOKED_BACK = 30;

function isWholeParagraph(text: string, quote: QuoteSpan): boolean {
  if (text.slice(quote.paragraphStart, quote.openMark).trim() !== "") return false;
  return quote.closeMark === null || /^[\s.,;:!?'’"”]*$/.test(text.slice(quote.closeMark + 1, quote.paragraphEnd));
}

function isReprintedParagraph(text: string, quote: QuoteSpan): boolean {
  // A transcript line ("From CNN's transcript:" then `"ROE: …"`) is somebody's words.
  if (quote.label !== null || !isWholeParagraph(text, quote)) return false;
  let end = quote.paragraphStart - 1;
  for (let looked = 0; end > 0 && looked < PARAGRAPHS_LOOKED_BACK; looked++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const paragraph = text.slice(start, end).trim();
    end = start - 1;
    if (paragraph === "") continue;
    if (EXCERPT_INTRODUCTION.test(paragraph)) return true;
    // Only paragraphs that open with a quotation mark belong to the reprint.
    if (!DOUBLE_MARK.test(paragraph[0] as string)) return false;
  }
  return false;
}

// `<tweet author="…">“…” — @someone</tweet>`: an embedded post is a document of its own, and its quotation
// marks are its writer's, not the article's. Posts close with `</tweet>` or, in some archives, `<tweet/>`.
const EMBED_OPENING = /<tweet\b[^<>]*>/g;
const EMBED_CLOSING = /<\/tweet>|<tweet\/>/g;

/** The spans of the article's embedded posts, in order, found in one pass. */
export function embeddedPosts(text: string): { start: number; end: number }[] {
  const posts: { start: number; end: number }[] = [];
  EMBED_OPENING.lastIndex = 0;
  for (let match = EMBED_OPENING.exec(text); match; match = EMBED_OPENING.exec(text)) {
    if (match[0].endsWith("/>")) continue;
    EMBED_CLOSING.lastIndex = EMBED_OPENING.lastIndex;
    const closing = EMBED_CLOSING.exec(text);
    if (!closing) break;
    posts.push({ start: EMBED_OPENING.lastIndex, end: closing.index });
    EMBED_OPENING.lastIndex = EMBED_CLOSING.lastIndex;
  }
  return posts;
}

/** Binary search: the posts are in order and do not overlap. */
function isInEmbeddedPost(quote: QuoteSpan, posts: { start: number; end: number }[]): boolean {
  let low = 0;
  let high = posts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const post = posts[middle] as { start: number; end: number };
    if (quote.openMark < post.start) high = middle - 1;
    else if (quote.openMark >= post.end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Whether a quoted string is not a claim. `attributed`: the sieve found a speaker (not a guess); `posts`:
 *  the article's embedded posts (`embeddedPosts`). */
export function isNotAClaim(
  text: string,
  quote: QuoteSpan,
  attributed: boolean,
  posts: { start: number; end: number }[],
): boolean {
  return (
    isInEmbeddedPost(quote, posts) ||
    isQuotedTitle(text, quote, attributed) ||
    isCreditedHeadline(text, quote) ||
    isDatedItem(text, quote) ||
    isLabel(text, quote) ||
    isWordAsWord(text, quote) ||
    isInterfaceLabel(text, quote) ||
    isLinkedExcerpt(text, quote) ||
    isNickname(text, quote) ||
    isReprintedParagraph(text, quote)
  );
}
