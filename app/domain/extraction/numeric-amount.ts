// Reads one number expression at a position: sign, currency, digits or words, magnitude, percent, unit.
// Context rules (is this a year? a label?) live in numeric-claim-filter.ts and are applied by the caller.

import { gluedToWordBefore, precedesTimeMarker } from "./numeric-labels";
import {
  readCurrencySign,
  readCurrencyWord,
  readDigitMagnitude,
  readMeasureSuffix,
  readPercent,
} from "./numeric-units";
import { readNumberWords } from "./numeric-words";

export interface Amount {
  /** Span, including sign, currency, magnitude and percent. */
  start: number;
  end: number;
  /** The figure before any magnitude: 2.5 in "$2.5bn"; ranges share the magnitude with this. */
  base: number;
  multiplier: number;
  negative: boolean;
  currency: string | null;
  /** "percent", "percentage points" or "basis points". */
  percent: string | null;
  measure: string | null;
  /** The digits as written, or null for a spelled-out number. */
  digits: string | null;
  /** A spelled-out "one" or "zero" standing alone, open to idiom checks. */
  loneWord: "one" | "zero" | null;
}

/** Where to resume scanning when the text at a position is a number but not a figure ("5G", "10:30"). */
export interface Skip {
  skipTo: number;
}

/** Western ("1,000,000") or Indian ("10,00,000") digit grouping, an optional decimal part, or a bare ".5". */
const DIGITS = /(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
const NEGATIVE = /(?:[-−](?=[$£€\d.])|minus )/iy;
const UNICODE_FRACTIONS: Readonly<Record<string, number>> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3 };
const SIMPLE_FRACTION = /\/(\d{1,2})(?![\d/])/y;
const MIXED_FRACTION = / (\d)\/(\d{1,2})(?![\d/])/y;
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10]);
/** The rest of a token that turned out not to be a figure, so it is not rescanned digit by digit. */
const TOKEN_REST = /[\w.,:/'’°-]*/y;

function skipToken(text: string, from: number): Skip {
  TOKEN_REST.lastIndex = from;
  TOKEN_REST.exec(text);
  return { skipTo: Math.max(from, TOKEN_REST.lastIndex) };
}

/** "1/2" and "1 1/2" as numbers; "9/11" and "24/7" are not fractions. */
function readSlashFraction(pattern: RegExp, text: string, position: number, numerator: number) {
  pattern.lastIndex = position;
  const found = pattern.exec(text);
  if (!found) return null;
  const top = found.length > 2 ? Number(found[1]) : numerator;
  const bottom = Number(found[found.length - 1]);
  if (!FRACTION_DENOMINATORS.has(bottom) || top >= bottom) return null;
  return { end: pattern.lastIndex, value: top / bottom };
}

function readNegative(text: string, position: number): number {
  if (!/^[\s(]?$/.test(text[position - 1] ?? "")) return position;
  NEGATIVE.lastIndex = position;
  return NEGATIVE.test(text) ? NEGATIVE.lastIndex : position;
}

/** Reads the number expression starting exactly at `start`: an Amount, a Skip, or null when there is none. */
export function readAmount(text: string, start: number): Amount | Skip | null {
  const afterSign = readNegative(text, start);
  const negative = afterSign > start;
  const currency = readCurrencySign(text, afterSign);
  const coreStart = currency?.end ?? afterSign;
  DIGITS.lastIndex = coreStart;
  const digits = DIGITS.exec(text)?.[0];
  if (digits !== undefined) {
    if (gluedToWordBefore(text, start)) return skipToken(text, coreStart);
    return readDigitAmount(text, { start, coreStart, digits, negative, currency: currency?.unit ?? null });
  }
  // Words take a spoken sign only: "minus three", never "-three".
  if (currency || (negative && afterSign === start + 1)) return null;
  return readWordAmount(text, start, afterSign, negative);
}

interface DigitStart {
  start: number;
  coreStart: number;
  digits: string;
  negative: boolean;
  currency: string | null;
}

function readDigitAmount(text: string, found: DigitStart): Amount | Skip {
  let end = found.coreStart + found.digits.length;
  if (precedesTimeMarker(text, end)) return skipToken(text, end);
  let base = Number(found.digits.replace(/,/g, ""));
  const isInteger = /^\d+$/.test(found.digits);
  if (text[end] === "/") {
    const fraction = isInteger ? readSlashFraction(SIMPLE_FRACTION, text, end, base) : null;
    if (!fraction) return skipToken(text, end);
    base = fraction.value;
    end = fraction.end;
  } else if (isInteger) {
    const unicode = UNICODE_FRACTIONS[text[end] ?? ""];
    const mixed = unicode === undefined ? readSlashFraction(MIXED_FRACTION, text, end, 0) : null;
    if (unicode !== undefined || mixed) {
      base += unicode ?? mixed?.value ?? 0;
      end = mixed?.end ?? end + 1;
    }
  }
  const magnitude = readDigitMagnitude(text, end, found.currency !== null);
  end = magnitude?.end ?? end;
  const percent = readPercent(text, end);
  end = percent?.end ?? end;
  const currencyWord = percent || found.currency ? null : readCurrencyWord(text, end);
  end = currencyWord?.end ?? end;
  const measure = percent || magnitude || currencyWord ? null : readMeasureSuffix(text, end);
  end = measure?.end ?? end;
  // Glued letters or digits ("5G", "1990s", "3.5.2") and lettered clauses ("401(k)", "501(c)") make a code.
  if (/^(?:[A-Za-z0-9]|[.,]\d|['’]s\b|\([a-z]\))/.test(text.slice(end, end + 3))) return skipToken(text, end);
  return {
    start: found.start,
    end,
    base,
    multiplier: magnitude?.multiplier ?? 1,
    negative: found.negative,
    currency: found.currency ?? currencyWord?.unit ?? null,
    percent: percent?.unit ?? null,
    measure: measure?.unit ?? null,
    digits: found.digits,
    loneWord: null,
  };
}

function readWordAmount(text: string, start: number, wordStart: number, negative: boolean): Amount | Skip | null {
  if (gluedToWordBefore(text, wordStart)) return null;
  const words = readNumberWords(text, wordStart);
  if (!words) return null;
  // "an hour and a half": the half belongs to a noun, not to a count.
  if (words.isFraction && /and a half$/i.test(text.slice(Math.max(0, wordStart - 4), words.end))) return null;
  const percent = readPercent(text, words.end);
  const end = percent?.end ?? words.end;
  const currencyWord = percent ? null : readCurrencyWord(text, end);
  return {
    start,
    end: currencyWord?.end ?? end,
    base: words.value / words.trailingScale,
    multiplier: words.trailingScale,
    negative,
    currency: currencyWord?.unit ?? null,
    percent: percent?.unit ?? null,
    measure: null,
    digits: null,
    loneWord: words.loneWord,
  };
}

/** The figure's own unit: currency, percent or measure written with it. */
export function ownUnit(amount: Amount): string | null {
  return amount.currency ?? amount.percent ?? amount.measure;
}

export function amountValue(amount: Amount): number {
  // Scaled figures are rounded to 15 significant digits so that 2.3 * 1e6 reads 2300000, not 2299999.9999999995.
  const magnitude = amount.multiplier === 1 ? amount.base : Number((amount.base * amount.multiplier).toPrecision(15));
  return amount.negative ? -magnitude : magnitude;
}
