// Words and punctuation of a stretch of text, with their offsets: what attribution reads.

export interface Word {
  text: string;
  start: number;
  end: number;
}

// An acronym with dots (U.S.), a word with inner apostrophes, hyphens or dots (O’Neill, D-Wis, G.K),
// optionally with a final period that the caller keeps only for abbreviations; or one other character.
const WORD = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:['’‘.-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms mx dr sen rep reps gov lt col gen sgt capt cmdr adm prof rev st jr sr mt ft hon pres sec dept " +
    "messrs atty supt insp del amb no vs etc inc corp co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** A word that ends with a period without ending its sentence: "Sen", "Jan", an initial, "U.S". */
export function isAbbreviation(word: string): boolean {
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  // A party and state after a politician's name: "(D-Wis.)", "R-Ky.".
  if (/^\p{Lu}-\p{Lu}\p{Ll}{0,4}$/u.test(word)) return true;
  return word.includes(".") || ABBREVIATIONS.has(word.toLowerCase());
}

/** The words and punctuation marks in text[from, to). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  return appendWords(text, from, to, []);
}

// The same, with each line break as a word of its own: names and clauses never run across paragraphs.
const WORD_OR_BREAK = new RegExp(`${WORD.source}|\n`, "gu");

/** Appends the words and punctuation marks of text[from, to) to `words`; with `breaks`, line breaks too. */
export function appendWords(text: string, from: number, to: number, words: Word[], breaks = false): Word[] {
  const pattern = breaks ? WORD_OR_BREAK : WORD;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    let word = match[0];
    const start = match.index;
    if (word.length > 1 && word.endsWith(".") && !isAbbreviation(word.slice(0, -1))) {
      word = word.slice(0, -1);
      pattern.lastIndex = start + word.length;
    }
    if (start + word.length > to) break;
    words.push({ text: word, start, end: start + word.length });
  }
  return words;
}
