// Spelled-out numbers ("twenty-five", "one hundred and twenty", "two and a half million", "two-thirds",
// "a dozen", "half a million"), read left to right from a start position in one pass.

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers that close a group ("three thousand", "48 lakh crore"); shared with digit amounts. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
};

const SINGULAR_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const PLURAL_DENOMINATORS: Readonly<Record<string, number>> = {
  halves: 2,
  thirds: 3,
  quarters: 4,
  fourths: 4,
  fifths: 5,
  sixths: 6,
  sevenths: 7,
  eighths: 8,
  ninths: 9,
  tenths: 10,
};

/** Plural denominators that are also ordinary nouns ("three quarters" of a year), so need "of" or a hyphen. */
const AMBIGUOUS_PLURALS = new Set(["quarters", "halves", "fourths"]);

/** Where a spelled-out number can start, as a pattern for the scanner: a number word, "half", or "a"/"an"
 *  right before a scale or denominator ("a million", "a third"), so ordinary articles are not tried. */
export const NUMBER_WORD_START_PATTERN = `(?:${[...Object.keys(SMALL), ...Object.keys(TENS), "half"].join("|")})\\b|an?(?=[ -](?:${[
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(SINGULAR_DENOMINATORS),
].join("|")})\\b)`;

export interface WordNumber {
  end: number;
  value: number;
  /** The scale word the number ends on ("three million" -> 1e6), 1 when none; ranges share it. */
  trailingScale: number;
  /** The single word "one" or "zero", which need idiom checks ("one of the", "no one", "net zero"). */
  loneWord: "one" | "zero" | null;
  isFraction: boolean;
}

const WORD = /[A-Za-z]+/y;

interface Token {
  word: string;
  end: number;
  /** Joined to the previous word by a hyphen rather than a space. */
  hyphen: boolean;
}

function tokenAt(text: string, position: number, hyphen = false): Token | null {
  WORD.lastIndex = position;
  const found = WORD.exec(text);
  if (!found) return null;
  return { word: found[0].toLowerCase(), end: WORD.lastIndex, hyphen };
}

/** The next word after a single space or hyphen. */
function nextToken(text: string, after: number): Token | null {
  const separator = text[after];
  if (separator !== " " && separator !== "-") return null;
  return tokenAt(text, after + 1, separator === "-");
}

/** A singular fraction ("a third", "one quarter") is only a fraction before "of", punctuation or the end:
 *  "a third term" and "a fifth straight year" are ordinals. */
function closesFraction(text: string, end: number, hyphenCloses: boolean, plural: string | null): boolean {
  if (hyphenCloses) return true;
  if (plural !== null && !AMBIGUOUS_PLURALS.has(plural)) return true;
  return /^(?: of\b|[.,;:!?)"”]|$)/.test(text.slice(end, end + 4));
}

/** A numerator word followed by a denominator; after "a", a hyphen marks an ordinal compound
 *  ("a third-quarter loss", "a fifth-grade teacher"), not a fraction. */
function readFraction(text: string, numerator: number, after: number, afterArticle: boolean): WordNumber | null {
  const token = nextToken(text, after);
  if (!token) return null;
  const hyphenCloses = token.hyphen && !afterArticle;
  const plural = PLURAL_DENOMINATORS[token.word];
  if (plural !== undefined && numerator > 1 && closesFraction(text, token.end, hyphenCloses, token.word)) {
    return { end: token.end, value: numerator / plural, trailingScale: 1, loneWord: null, isFraction: true };
  }
  const singular = SINGULAR_DENOMINATORS[token.word];
  if (singular !== undefined && numerator === 1 && closesFraction(text, token.end, hyphenCloses, null)) {
    return { end: token.end, value: 1 / singular, trailingScale: 1, loneWord: null, isFraction: true };
  }
  return null;
}

/** "fell by a fifth this year": after "by", "a" + denominator is a share whatever follows. */
function readFractionOfChange(text: string, start: number, afterArticle: number): WordNumber | null {
  if (!/(?:^|[^A-Za-z])by $/i.test(text.slice(Math.max(0, start - 4), start))) return null;
  const token = nextToken(text, afterArticle);
  const denominator = token && !token.hyphen ? SINGULAR_DENOMINATORS[token.word] : undefined;
  if (!token || denominator === undefined) return null;
  return { end: token.end, value: 1 / denominator, trailingScale: 1, loneWord: null, isFraction: true };
}

/** "half a million", "half a dozen". */
function readHalfOf(text: string, afterHalf: number): WordNumber | null {
  if (text.slice(afterHalf, afterHalf + 3).toLowerCase() !== " a ") return null;
  const scale = tokenAt(text, afterHalf + 3);
  const multiplier = scale && scale.word !== "hundred" ? SCALE_WORDS[scale.word] : undefined;
  if (!scale || multiplier === undefined) return null;
  return { end: scale.end, value: multiplier / 2, trailingScale: multiplier, loneWord: null, isFraction: false };
}

/** " and a half" after a whole number ("two and a half years"): the end of " half". */
function andAHalfEnd(text: string, after: number): number | null {
  return text.slice(after, after + 11).toLowerCase() === " and a half" && !/[A-Za-z]/.test(text[after + 11] ?? "")
    ? after + 11
    : null;
}

type Last = "start" | "article" | "small" | "tens" | "hundred" | "scale";

/** Reads a spelled-out number starting exactly at `start`, or returns null. */
export function readNumberWords(text: string, start: number): WordNumber | null {
  const first = tokenAt(text, start);
  if (!first) return null;
  if (first.word === "half") return readHalfOf(text, first.end);

  let total = 0;
  let group = 0;
  let last: Last = "start";
  let lastScale = Number.POSITIVE_INFINITY;
  let end = start;
  let words = 0;
  let token: Token | null = first;

  if (first.word === "a" || first.word === "an") {
    const fraction = readFraction(text, 1, first.end, true) ?? readFractionOfChange(text, start, first.end);
    if (fraction) return fraction;
    group = 1;
    last = "article";
    token = nextToken(text, first.end);
    if (token?.hyphen) return null;
  }

  while (token) {
    const small = SMALL[token.word];
    const tens = TENS[token.word];
    const scale = SCALE_WORDS[token.word];
    if (
      small !== undefined &&
      (last === "start" || last === "hundred" || last === "scale" || isTensJoin(last, group))
    ) {
      group += small;
      last = "small";
    } else if (tens !== undefined && (last === "start" || last === "hundred" || last === "scale")) {
      group += tens;
      last = "tens";
    } else if (token.word === "hundred" && (last === "small" || last === "article") && group < 100) {
      group *= 100;
      last = "hundred";
    } else if (token.word === "dozen" && (last === "small" || last === "tens" || last === "article")) {
      return { end: token.end, value: total + group * 12, trailingScale: 12, loneWord: null, isFraction: false };
    } else if (scale !== undefined && scale > 100 && last !== "start" && scale < lastScale) {
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = "scale";
    } else {
      break;
    }
    end = token.end;
    words++;
    if (last === "small" || last === "tens") {
      const fraction = words === 1 && readFraction(text, group, end, false);
      if (fraction) return fraction;
      const halfEnd = andAHalfEnd(text, end);
      if (halfEnd !== null) {
        group += 0.5;
        end = halfEnd;
      }
    }
    token = andJoinedToken(text, end, last) ?? nextToken(text, end);
  }

  if (last === "start" || last === "article") return null;
  const value = total + group;
  const trailingScale = last === "scale" ? lastScale : 1;
  return {
    end,
    value,
    trailingScale,
    loneWord:
      words === 1 && Number.isInteger(value) && (first.word === "one" || first.word === "zero") ? first.word : null,
    isFraction: false,
  };
}

function isTensJoin(last: Last, group: number): boolean {
  return last === "tens" && group % 10 === 0;
}

/** "one hundred and twenty": "and" joins only after a hundred or a scale word, never two counts ("two and three"). */
function andJoinedToken(text: string, end: number, last: Last): Token | null {
  if (last !== "hundred" && last !== "scale") return null;
  if (text.slice(end, end + 5).toLowerCase() !== " and ") return null;
  const token = tokenAt(text, end + 5);
  return token && (SMALL[token.word] !== undefined || TENS[token.word] !== undefined) ? token : null;
}
