// What surrounds a bare number and changes its value or unit: currency signs before it, magnitude words
// and suffixes after it ("1.5 million", "$2.5bn", "Rs 48 lakh crore"), percent, currency words, measures.

import { SCALE_WORDS } from "./numeric-words";

export interface Affix {
  end: number;
  unit: string;
}

export interface Magnitude {
  end: number;
  multiplier: number;
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: "USD",
  US$: "USD",
  USD: "USD",
  A$: "AUD",
  AU$: "AUD",
  C$: "CAD",
  CA$: "CAD",
  NZ$: "NZD",
  HK$: "HKD",
  S$: "SGD",
  NT$: "TWD",
  R$: "BRL",
  "£": "GBP",
  GBP: "GBP",
  "€": "EUR",
  EUR: "EUR",
  "¥": "JPY",
  "₹": "INR",
  Rs: "INR",
  INR: "INR",
  CHF: "CHF",
  JPY: "JPY",
  CNY: "CNY",
  RMB: "CNY",
  CAD: "CAD",
  AUD: "AUD",
  "₦": "NGN",
  "₩": "KRW",
  "₽": "RUB",
};

const CURRENCY_SIGN =
  /(US\$|AU?\$|CA?\$|NZ\$|HK\$|NT\$|S\$|R\$|\$|£|€|¥|₹|₦|₩|₽|(?:Rs\.?|INR|USD|EUR|GBP|CHF|JPY|CNY|RMB|CAD|AUD)(?= ?\d))/y;

/** Where a lettered currency sign can start ("US$5", "Rs. 500", "CHF 30"), as a pattern for the scanner:
 *  the letters must be followed by "$" or a number, so ordinary words ("a", "us") are not tried. */
export const CURRENCY_SIGN_START_PATTERN = `(?:${[
  ...new Set(
    Object.keys(CURRENCY_SIGNS)
      .map((sign) => sign.replace("$", "").toLowerCase())
      .filter((letters) => letters.length > 0),
  ),
].join("|")})(?=\\$|\\.? ?\\d)`;

/** "$", "US$", "£", "Rs.", … immediately before a number (one optional space after letter codes). */
export function readCurrencySign(text: string, position: number): Affix | null {
  CURRENCY_SIGN.lastIndex = position;
  const found = CURRENCY_SIGN.exec(text);
  if (!found?.[1]) return null;
  const sign = found[1].replace(".", "");
  const code = CURRENCY_SIGNS[sign];
  if (code === undefined) return null;
  const end = CURRENCY_SIGN.lastIndex;
  return { end: text[end] === " " && /[A-Z]/.test(sign) ? end + 1 : end, unit: code };
}

const ATTACHED_MAGNITUDES: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  trln: 1e12,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
};

const ATTACHED_MAGNITUDE = /(bn|mn|trn|tn|mln|bln|trln|[kKmMbB])(?![A-Za-z0-9])/y;
const SPACED_MAGNITUDE =
  / ?(bn|mn|trn|tn|mln|bln|trln)(?![A-Za-z])|[ -](hundred|thousand|lakh|million|crore|billion|trillion|dozen)s?(?![A-Za-z])/y;
/** "100m sprint", "a 50m-high wall": an attached "m" that is metres, not millions. */
const METRES_CONTEXT =
  /^(?:-| (?:sprint|race|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|final|tall|high|long|deep|wide|away|above|below|from)\b)/;

function readSpacedMagnitude(text: string, position: number): Magnitude | null {
  SPACED_MAGNITUDE.lastIndex = position;
  const found = SPACED_MAGNITUDE.exec(text);
  const word = found?.[1] ?? found?.[2];
  if (word === undefined) return null;
  const multiplier = ATTACHED_MAGNITUDES[word] ?? SCALE_WORDS[word];
  return multiplier === undefined ? null : { end: SPACED_MAGNITUDE.lastIndex, multiplier };
}

/** Magnitude after digits: an attached suffix ("5k", "$3.5m", "£2bn") or up to two words ("48 lakh crore",
 *  "3 hundred thousand", Canadian "$1.5-billion"). Bare "b" needs a currency sign; bare "m" is metres in sport and height contexts. */
export function readDigitMagnitude(text: string, position: number, hasCurrency: boolean): Magnitude | null {
  ATTACHED_MAGNITUDE.lastIndex = position;
  const attached = ATTACHED_MAGNITUDE.exec(text);
  const suffix = attached?.[1];
  if (suffix !== undefined) {
    const end = ATTACHED_MAGNITUDE.lastIndex;
    const isBillionLetter = suffix === "b" || suffix === "B";
    const isMetres = suffix === "m" && !hasCurrency && METRES_CONTEXT.test(text.slice(end, end + 12));
    if ((isBillionLetter && !hasCurrency) || isMetres) return null;
    return { end, multiplier: ATTACHED_MAGNITUDES[suffix] ?? 1 };
  }
  const first = readSpacedMagnitude(text, position);
  if (!first) return null;
  const second = readSpacedMagnitude(text, first.end);
  return second ? { end: second.end, multiplier: first.multiplier * second.multiplier } : first;
}

const PERCENT = /( ?%| ?per ?cent\b| ?percent\b| ?pct\b|pc\b)|( percentage points?\b)|( basis points?\b| ?bps\b)/y;

/** "%", "percent", "per cent", "pc", "percentage points", "basis points" right after the number. */
export function readPercent(text: string, position: number): Affix | null {
  PERCENT.lastIndex = position;
  const found = PERCENT.exec(text);
  if (!found) return null;
  const unit = found[1] !== undefined ? "percent" : found[2] !== undefined ? "percentage points" : "basis points";
  return { end: PERCENT.lastIndex, unit };
}

const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollars: "USD",
  "us dollars": "USD",
  "u.s. dollars": "USD",
  "canadian dollars": "CAD",
  "australian dollars": "AUD",
  "hong kong dollars": "HKD",
  "singapore dollars": "SGD",
  "new zealand dollars": "NZD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  "pounds sterling": "GBP",
  sterling: "GBP",
  yen: "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  rupees: "INR",
  roubles: "RUB",
  rubles: "RUB",
  naira: "NGN",
  shekels: "ILS",
  rand: "ZAR",
  riyals: "SAR",
  dirhams: "AED",
  francs: "CHF",
  pesos: "MXN",
  lira: "TRY",
};

const CURRENCY_WORD =
  / ((?:(?:US|U\.S\.|Canadian|Australian|Hong Kong|Singapore|New Zealand) )?dollars|pounds(?: sterling)?|euros?|sterling|yen|yuan|renminbi|rupees|roubles|rubles|naira|shekels|rand|riyals|dirhams|francs|pesos|lira)(?![A-Za-z])/iy;

/** A currency named after the amount: "20 million dollars", "500 euros". */
export function readCurrencyWord(text: string, position: number): Affix | null {
  CURRENCY_WORD.lastIndex = position;
  const found = CURRENCY_WORD.exec(text);
  const code = found?.[1] && CURRENCY_WORDS[found[1].toLowerCase()];
  return code ? { end: CURRENCY_WORD.lastIndex, unit: code } : null;
}

const MEASURE = /(km\/h|kWh|MWh|GWh|TWh|km|kg|mph|kph|cm|mm|ft|lbs?|GW|MW|kW|GB|TB|MB|ha|°[CF]?|C|F|p)(?![A-Za-z0-9])/y;

/** A unit of measure written onto the digits: "5km", "30C", "2GW", "50p" (pence). */
export function readMeasureSuffix(text: string, position: number): Affix | null {
  MEASURE.lastIndex = position;
  const found = MEASURE.exec(text);
  const unit = found?.[1];
  if (!unit) return null;
  return { end: MEASURE.lastIndex, unit: unit === "p" ? "pence" : unit };
}
