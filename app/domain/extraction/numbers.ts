// Numeric-claim finder: pulls every number expression a fact-checker would verify out of article text.
// Hand-written scanning (no NLP library): `compromise` parses number words well but runs at ~115K chars/s,
// far below the engine's 1.7M chars/s budget, so it cannot sit in the hot path. One left-to-right pass over
// candidate positions; every check looks at a bounded window, so the run time is linear in the text.

import { type Amount, readAmount, type Skip } from "./numeric-amount";
import { countedNounAfter } from "./numeric-counted-noun";
import {
  followsLabel,
  followsName,
  isCapitalisedMidSentence,
  isEmergencyNumber,
  isIdiomaticOne,
  isIdiomaticZero,
  precedesMonth,
  precedesMultiplier,
  precedesStreetName,
} from "./numeric-exclusions";
import { qualifierBefore, rangeOpenerBefore } from "./numeric-qualifiers";
import { CURRENCY_SIGN_LETTERS } from "./numeric-units";
import { NUMBER_WORD_STARTS } from "./numeric-words";

export interface NumericMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

/** Where a number can begin: a digit, a currency sign, a sign or point before digits, or a word. */
const CANDIDATE = new RegExp(
  `[0-9½¼¾⅓⅔$£€¥₹₦₩₽]|[-−.](?=[0-9])|\\b(?:${[...NUMBER_WORD_STARTS, ...CURRENCY_SIGN_LETTERS, "minus"].join("|")})\\b`,
  "gi",
);

/** Joins the two ends of a range or score: "10-20", "$10m–$20m", "10 to 20", "between 10 and 20". */
const CONNECTOR = / ?[-–—] ?(?=[$£€¥₹\d])| (?:to|and) /y;
const FOLLOWING_DASHED_DIGITS = /^[-–/]\d/;
const HYPHEN_COMPOUND = /-([a-z]+(?:-[a-z]+)*)/y;

/** Every numeric claim in `text`, sorted by start and non-overlapping. Pure; never throws. */
export function findNumbers(text: string): NumericMatch[] {
  const matches: NumericMatch[] = [];
  const candidates = new RegExp(CANDIDATE);
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    const resumeAt = readClaim(text, found.index, matches);
    candidates.lastIndex = Math.max(resumeAt, found.index + 1);
  }
  return matches;
}

function isSkip(reading: Amount | Skip | null): reading is Skip {
  return reading !== null && "skipTo" in reading;
}

/** Reads the figure (or pair of figures) at `start` into `matches`; returns where scanning resumes. */
function readClaim(text: string, start: number, matches: NumericMatch[]): number {
  const first = readAmount(text, start);
  if (first === null) return start + 1;
  if (isSkip(first)) return first.skipTo;
  if (isNotAClaim(text, first)) return swallowDashedDigits(text, first.end);

  CONNECTOR.lastIndex = first.end;
  const connector = CONNECTOR.exec(text)?.[0];
  const second = connector ? readAmount(text, first.end + connector.length) : null;
  if (connector && second && !isSkip(second) && isPairable(first, second, connector) && !isNotAClaim(text, second)) {
    if (FOLLOWING_DASHED_DIGITS.test(text.slice(second.end, second.end + 2)) || looksLikePhone(first, second)) {
      return swallowDashedDigits(text, second.end);
    }
    pushRange(text, first, second, connector, matches);
    return second.end;
  }
  pushMatch(text, first, qualifierBefore(text, first.start), ownUnit(first) ?? unitAfter(text, first.end), matches);
  return first.end;
}

/** Two ends of one range carry the same unit, or only one of them has it ("10 to 20 percent", "$10-20m");
 *  "fell 0.1% to $705 billion" and "rose 5% to 300" are two figures. */
function isPairable(first: Amount, second: Amount, connector: string): boolean {
  const firstUnit = ownUnit(first);
  const secondUnit = ownUnit(second);
  return firstUnit === null || firstUnit === secondUnit || (secondUnit === null && /[-–—]/.test(connector));
}

/** "555-123-4567" and "123-4567". */
function looksLikePhone(first: Amount, second: Amount): boolean {
  return /^\d{3}$/.test(first.digits ?? "") && /^\d{4}$/.test(second.digits ?? "");
}

/** A skipped label or date takes its dashed tail with it: "Jan. 3-7", "2025-26", "I-95". */
function swallowDashedDigits(text: string, end: number): number {
  let position = end;
  while (FOLLOWING_DASHED_DIGITS.test(text.slice(position, position + 2))) {
    position++;
    while (/\d/.test(text[position] ?? "")) position++;
  }
  return position;
}

function pushRange(text: string, first: Amount, second: Amount, connector: string, matches: NumericMatch[]): void {
  const shared = shareSuffixes(first, second);
  const opener = rangeOpenerBefore(text, first.start);
  const isAnd = connector === " and ";
  const isBounds = opener === "between" || (!isAnd && opener !== "from" && amountValue(shared) < amountValue(second));
  if (isAnd && opener !== "between" && shared === first) {
    // Two separate figures that happen to be joined by "and": "5 and 10 were injured".
    pushMatch(text, first, qualifierBefore(text, first.start), ownUnit(first) ?? unitAfter(text, first.end), matches);
    pushMatch(text, second, null, ownUnit(second) ?? unitAfter(text, second.end), matches);
    return;
  }
  const secondUnit = ownUnit(second) ?? ownUnit(first) ?? unitAfter(text, second.end);
  pushMatch(
    text,
    shared,
    isBounds ? "min" : qualifierBefore(text, first.start),
    ownUnit(shared) ?? secondUnit,
    matches,
  );
  pushMatch(text, second, isBounds ? "max" : null, secondUnit, matches);
}

/** A percent, magnitude or currency written only on the second number applies to both:
 *  "between 2 and 3 million", "10-20%", "$10-20m". A magnitude is shared only upwards ("500 to 2 million" is not). */
function shareSuffixes(first: Amount, second: Amount): Amount {
  const sharesMagnitude = first.multiplier === 1 && second.multiplier > 1 && first.base < second.base;
  const sharesPercent = first.percent === null && second.percent !== null;
  const sharesCurrency = first.currency === null && second.currency !== null;
  if (!sharesMagnitude && !sharesPercent && !sharesCurrency) return first;
  return {
    ...first,
    multiplier: sharesMagnitude ? second.multiplier : first.multiplier,
    percent: first.percent ?? second.percent,
    currency: first.currency ?? second.currency,
  };
}

function isNotAClaim(text: string, amount: Amount): boolean {
  if (amount.currency || amount.percent || amount.measure) return false;
  if (precedesMultiplier(text, amount.end)) return true;
  if (amount.digits === null) {
    return (
      isCapitalisedMidSentence(text, amount.start) ||
      (amount.loneWord === "one" && isIdiomaticOne(text, amount.start, amount.end)) ||
      (amount.loneWord === "zero" && isIdiomaticZero(text, amount.start, amount.end))
    );
  }
  if (amount.multiplier !== 1) return false;
  return isLabelOrDate(text, amount, amount.digits);
}

/** A bare integer that is a year, an identifier, a date or a street number. */
function isLabelOrDate(text: string, amount: Amount, digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const isYear = digits.length === 4 && amount.base >= 1700 && amount.base <= 2099 && !amount.negative;
  const isCode = (digits.length > 1 && digits.startsWith("0")) || digits.length >= 7;
  return (
    isYear ||
    isCode ||
    followsLabel(text, amount.start) ||
    (followsName(text, amount.start) && !precedesScore(text, amount.end)) ||
    (amount.base <= 31 && precedesMonth(text, amount.end)) ||
    isEmergencyNumber(text, amount.start, digits) ||
    precedesStreetName(text, amount.end)
  );
}

/** "beat Chelsea 2-1", "passed the Senate 68 to 32": a name before a score or tally is not a label. */
function precedesScore(text: string, end: number): boolean {
  return /^(?:[-–]| to )\d/.test(text.slice(end, end + 5));
}

function ownUnit(amount: Amount): string | null {
  return amount.currency ?? amount.percent ?? amount.measure;
}

/** "a 70-year-old" -> "year-old"; otherwise the counted noun phrase. */
function unitAfter(text: string, end: number): string | null {
  HYPHEN_COMPOUND.lastIndex = end;
  return HYPHEN_COMPOUND.exec(text)?.[1] ?? countedNounAfter(text, end);
}

function amountValue(amount: Amount): number {
  // Scaled figures are rounded to 15 significant digits so that 2.3 * 1e6 reads 2300000, not 2299999.9999999995.
  const magnitude = amount.multiplier === 1 ? amount.base : Number((amount.base * amount.multiplier).toPrecision(15));
  return amount.negative ? -magnitude : magnitude;
}

function pushMatch(
  text: string,
  amount: Amount,
  qualifier: string | null,
  unit: string | null,
  matches: NumericMatch[],
): void {
  const value = amountValue(amount);
  if (!Number.isFinite(value)) return;
  const { start, end } = amount;
  matches.push({ start, end, text: text.slice(start, end), value, unit, qualifier });
}
