// Hedges and bounds written just before a figure ("nearly 300", "more than $2bn", "some 4,000 soldiers").
// They stay outside the number's span and are reported as its qualifier.

const QUALIFIER_BEFORE = new RegExp(
  `[^A-Za-z](${[
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "as high as",
    "as low as",
    "upwards of",
    "in excess of",
    "close to",
    "well over",
    "well under",
    "just over",
    "just under",
    "an estimated",
    "estimated",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "around",
    "about",
    "some",
    "over",
    "under",
    "below",
    "above",
    "circa",
  ].join("|")}) $`,
  "i",
);

/** The `length` characters before `start`, with a space standing in for the start of the text so that
 *  a phrase must begin at a word boundary either way. */
function tailBefore(text: string, start: number, length: number): string {
  const from = start - length;
  return from <= 0 ? ` ${text.slice(0, start)}` : text.slice(from, start);
}

/** The qualifier ending right before `start` (one space between), lower-cased, or null. */
export function qualifierBefore(text: string, start: number): string | null {
  const found = QUALIFIER_BEFORE.exec(tailBefore(text, start, 15));
  const phrase = found?.[1]?.toLowerCase();
  if (phrase === undefined) return null;
  return phrase === "an estimated" ? "estimated" : phrase;
}

const RANGE_OPENER = /[^A-Za-z](between|from) $/i;

/** "between" or "from" right before a range's first number. */
export function rangeOpenerBefore(text: string, start: number): "between" | "from" | null {
  const found = RANGE_OPENER.exec(tailBefore(text, start, 9));
  const word = found?.[1]?.toLowerCase();
  return word === "between" || word === "from" ? word : null;
}
