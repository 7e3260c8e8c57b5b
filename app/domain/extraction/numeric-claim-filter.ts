// Decides whether a number that was read is a numeric claim at all, combining the context checks of
// numeric-labels.ts and numeric-idioms.ts. Figures with a currency, percent or measure are always claims.

import type { Amount } from "./numeric-amount";
import { countedNounAfter } from "./numeric-counted-noun";
import { isCapitalisedMidSentence, isIdiomaticOne, isIdiomaticZero, precedesMultiplier } from "./numeric-idioms";
import { followsLabel, followsName, isEmergencyNumber, precedesMonth, precedesStreetName } from "./numeric-labels";
import { qualifierBefore } from "./numeric-qualifiers";

export function isNotAClaim(text: string, amount: Amount): boolean {
  if (amount.currency || amount.percent || amount.measure) return false;
  if (precedesMultiplier(text, amount.end)) return true;
  if (amount.digits === null) {
    return (
      isCapitalisedMidSentence(text, amount.start) ||
      (amount.loneWord === "one" && isIdiomaticOne(text, amount.start, amount.end)) ||
      (amount.loneWord === "zero" && isIdiomaticZero(text, amount.start, amount.end))
    );
  }
  return amount.multiplier === 1 && isLabelOrDate(text, amount, amount.digits);
}

/** A bare integer that is a year, an identifier, a date or a street number. */
function isLabelOrDate(text: string, amount: Amount, digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const isYear = digits.length === 4 && amount.base >= 1700 && amount.base <= 2099 && !isHedgedCount(text, amount);
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

/** "over 2000 people", "nearly 1800 troops": a hedge and a following noun make a year-like figure a count. */
function isHedgedCount(text: string, amount: Amount): boolean {
  return (
    amount.negative || (qualifierBefore(text, amount.start) !== null && countedNounAfter(text, amount.end) !== null)
  );
}

/** "beat Chelsea 2-1", "passed the Senate 68 to 32": a name before a score or tally is not a label. */
function precedesScore(text: string, end: number): boolean {
  return /^(?:[-–]| to )\d/.test(text.slice(end, end + 5));
}
