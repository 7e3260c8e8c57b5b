// Finds quoted passages: the words between quotation marks, without the marks.
//
// News text is careless with quotation marks (a ” opening a paragraph, a straight " closing a curly
// one), so the direction of a double mark is read from its surroundings, not its glyph. Marks are
// matched paragraph by paragraph: a quote still open at a paragraph break ends there, which gives
// one quote per paragraph for quotes continued across paragraphs and keeps an unclosed quote from
// swallowing the rest of the article.

export interface QuoteSpan {
  /** The quoted words, without the marks or surrounding white space. */
  start: number;
  end: number;
  /** The opening mark, and the closing mark (null when the paragraph ended first). */
  openMark: number;
  closeMark: number | null;
  paragraphStart: number;
  paragraphEnd: number;
  /** A transcript speaker label opening the quote ("SMITH: …"), left out of the span. */
  label: { start: number; end: number } | null;
  singleQuoted: boolean;
}

const DOUBLE_MARKS = '"“”„‟«»‹›';
const SINGLE_OPENERS = "'‘";
const SINGLE_CLOSERS = "'’";
// Pseudo-markup such as <tweet author="…"/>: quotation marks inside it are attribute syntax.
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/y;
const MARK_OR_MARKUP = /["“”„‟«»‹›'‘’<\n]/g;
// "SMITH: …" or "Jane Smith: …" (two or three capitalised words) opening a quote.
const TRANSCRIPT_LABEL =
  /(?:(?:\p{Lu}[\p{Lu}.'’-]*\s){0,3}\p{Lu}[\p{Lu}.'’-]+|\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’.-]*){1,2}):\s+/uy;
const STAGE_DIRECTION = /^\([^()]*\)[.!?]?$/;

/** Characters after which a mark opens a quote rather than closing one. */
function opensAfter(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\-—–/"“”„‟«»‹›'‘]/.test(ch);
}

/** Characters before which a mark closes a quote rather than opening one. */
function closesBefore(ch: string | undefined): boolean {
  return ch === undefined || /[\s.,;:!?)\]}\-—–…"“”„‟«»‹›'’]/.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let paragraphStart = 0;
  // Quotes of the current paragraph, whose paragraphEnd is known once the paragraph ends.
  let firstInParagraph = 0;
  let depth = 0;
  let open = -1;
  let singleOpen = -1;
  let markSeenInParagraph = false;
  let typewriterDoubles = false;

  const emit = (openMark: number, closeMark: number | null, paragraphEnd: number, singleQuoted = false) => {
    let start = openMark + 1;
    let end = closeMark ?? paragraphEnd;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end <= start) return;
    let label: QuoteSpan["label"] = null;
    TRANSCRIPT_LABEL.lastIndex = start;
    const labelMatch = TRANSCRIPT_LABEL.exec(text);
    if (labelMatch && TRANSCRIPT_LABEL.lastIndex < end) {
      const colon = text.lastIndexOf(":", TRANSCRIPT_LABEL.lastIndex);
      label = { start, end: colon };
      start = TRANSCRIPT_LABEL.lastIndex;
    }
    if (STAGE_DIRECTION.test(text.slice(start, end))) return;
    quotes.push({ start, end, openMark, closeMark, paragraphStart, paragraphEnd, label, singleQuoted });
  };

  const endParagraph = (paragraphEnd: number) => {
    if (depth > 0) emit(open, null, paragraphEnd);
    for (let i = firstInParagraph; i < quotes.length; i++) (quotes[i] as QuoteSpan).paragraphEnd = paragraphEnd;
    firstInParagraph = quotes.length;
    depth = 0;
    singleOpen = -1;
    markSeenInParagraph = false;
  };

  MARK_OR_MARKUP.lastIndex = 0;
  for (let match = MARK_OR_MARKUP.exec(text); match; match = MARK_OR_MARKUP.exec(text)) {
    const i = match.index;
    const ch = text[i] as string;
    if (ch === "\n") {
      endParagraph(i);
      paragraphStart = i + 1;
      continue;
    }
    if (ch === "<") {
      MARKUP.lastIndex = i;
      if (MARKUP.test(text)) MARK_OR_MARKUP.lastIndex = MARKUP.lastIndex;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    // Only the paragraph's first mark can be at its start, so this slice is taken once per paragraph.
    const atParagraphStart = !markSeenInParagraph && text.slice(paragraphStart, i).trim() === "";
    markSeenInParagraph = true;
    const opening = atParagraphStart || (opensAfter(before) && !closesBefore(after));
    const closing = !atParagraphStart && !opensAfter(before) && closesBefore(after);

    if (DOUBLE_MARKS.includes(ch)) {
      singleOpen = -1;
      if (depth === 0) {
        if (!closing) {
          depth = 1;
          open = i;
        }
      } else if (opening && !atParagraphStart) {
        depth++;
      } else if (--depth === 0) {
        emit(open, i, text.length);
      }
      continue;
    }

    // Single marks are mostly apostrophes (Ukraine‘s, ’90s, rock ’n’ roll, the voters’ choice), so a
    // single-quoted quote needs a clean opener before a letter and a clean closer after a word, and
    // is only looked for outside double quotes (inside them it is part of the enclosing quote).
    // A doubled apostrophe ('') is a typewriter stand-in for a double mark. It is not taken as a
    // quotation mark (see docs/extraction.md), but it shows which convention the article follows.
    if (ch === "'" && after === "'") typewriterDoubles = true;
    if (depth > 0 || before === "'" || after === "'") continue;
    if (singleOpen < 0) {
      if (SINGLE_OPENERS.includes(ch) && opensAfter(before) && isLetter(after)) singleOpen = i;
    } else if (SINGLE_CLOSERS.includes(ch) && closing && !(before === "s" && isLetter(text[i + 2]))) {
      if (i - singleOpen > 3) emit(singleOpen, i, text.length, true);
      singleOpen = -1;
    }
  }
  endParagraph(text.length);
  // Where double marks quote people (American style), single marks only quote in headlines and
  // within quotes; where no double marks do (British style), single marks are the quotation marks.
  const doubleQuoted = typewriterDoubles || quotes.some((quote) => !quote.singleQuoted);
  return doubleQuoted ? quotes.filter((quote) => !quote.singleQuoted) : quotes;
}
