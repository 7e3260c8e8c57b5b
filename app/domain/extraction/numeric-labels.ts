// Bare numbers that label or date something rather than count it: names and identifiers ("Boeing 737",
// "COVID-19", "Section 230", "No. 10"), dates and times ("Jan. 5", "5 January", "3 p.m.", "10:30"), street
// addresses and emergency numbers. Each check reads a bounded window around the number.

/** Abbreviations that make the following number a label or a date: "No. 10", "Art. 5", "Jan. 5", "H.R. 1". */
const LABEL_ABBREVIATIONS = new Set(
  "no nos h.r s art sec vol ch fig p pp jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

/** Lower-case nouns that label the number after them: "page 5", "route 66", "stage 4", "top 10". */
const LABEL_NOUNS = new Set(
  (
    "page pages section chapter article room route highway interstate district flight item table episode " +
    "season verse precinct ward gate platform exit number model version grade category stage phase tier " +
    "zone suite apartment box code round game hole level rule amendment proposition bill act terminal " +
    "lane floor channel track top"
  ).split(" "),
);

/** Capitalised words that open sentences or precede counts without naming anything: "The 300 workers". */
const CAPITALISED_FUNCTION_WORDS = new Set(
  (
    "the a an about around some over under nearly almost roughly approximately only just all another " +
    "those these its his her their our my your last of in on at by for from with and but or since until " +
    "after before exactly between up to fewer less more than least estimated each every what when while " +
    "if we they he she it i you there here that this yet still nor so also then like as per among within " +
    "during against without despite through across into even fully barely perhaps maybe possibly many " +
    "both now today yesterday tonight currently down including once overall altogether together combined " +
    "however moreover meanwhile nationwide worldwide statewide elsewhere overnight earlier later already " +
    "instead"
  ).split(" "),
);

const MONTHS = new Set(
  "january february march april may june july august september october november december".split(" "),
);

/** The word (letters, "&", ".") right before `start` with one space between, or null. */
function wordBefore(text: string, start: number): string | null {
  if (text[start - 1] !== " ") return null;
  let from = start - 1;
  const limit = Math.max(0, start - 24);
  while (from > limit && /[A-Za-z.&]/.test(text[from - 1] ?? "")) from--;
  const word = text.slice(from, start - 1);
  return word.length > 0 ? word : null;
}

/** A bare integer right after a label or a month: "Section 230", "page 5", "No. 10", "Jan. 5", "March 3". */
export function followsLabel(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (word.endsWith(".")) return LABEL_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
  const lower = word.toLowerCase();
  return LABEL_NOUNS.has(lower) || (MONTHS.has(lower) && /^[A-Z]/.test(word));
}

/** A bare integer right after a capitalised name: "Boeing 737", "Apollo 11", "FTSE 100". */
export function followsName(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  // Sentence adverbs ("Globally 12", "Separately 30") are not names either.
  return (
    word !== null &&
    /^[A-Z][^.]*$/.test(word) &&
    !/[a-z]ly$/.test(word) &&
    !CAPITALISED_FUNCTION_WORDS.has(word.toLowerCase())
  );
}

const MONTH_AFTER =
  /^ (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** "5 January", "21 Sept". */
export function precedesMonth(text: string, end: number): boolean {
  return MONTH_AFTER.test(text.slice(end, end + 11));
}

const STREET_AFTER =
  /^(?: [A-Z][A-Za-z]*\.?){1,3} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Court|Square|Terrace|Parkway)\b/;

/** "1600 Pennsylvania Avenue", "10 Downing Street", "300 S. Fourth St.". */
export function precedesStreetName(text: string, end: number): boolean {
  return STREET_AFTER.test(text.slice(end, end + 48));
}

const EMERGENCY_NUMBER = /(?:^|[^A-Za-z])(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling) $/i;

/** "called 911", "dial 999": a phone number, not a count. */
export function isEmergencyNumber(text: string, start: number, digits: string): boolean {
  return /^(?:911|999|112|000)$/.test(digits) && EMERGENCY_NUMBER.test(text.slice(Math.max(0, start - 9), start));
}

const TIME_AFTER = /^(?::\d| ?[ap]\.?m\b| ?[AP]M\b| o'clock| (?:GMT|BST|EST|EDT|PST|PDT|CET|UTC|ET|PT)\b)/;

/** "3 p.m.", "3pm", "10:30", "1400 GMT". */
export function precedesTimeMarker(text: string, end: number): boolean {
  return TIME_AFTER.test(text.slice(end, end + 8));
}

/** Letters or a labelled hyphen glued before the digits: "G7", "MP3", "COVID-19", "F-35", "I-95", "mid-2020",
 *  and the apostrophe of "’90s" or "'98". */
export function gluedToWordBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  if (/[A-Za-z#_]/.test(before)) return true;
  if (before === "'" || before === "’") return true;
  return before === "-" && /[A-Za-z]/.test(text[start - 2] ?? "");
}
