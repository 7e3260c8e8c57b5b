import type { ClaimKind } from "~/domain/claim-states";

// Invented claims for load tests: towns, people, schemes and figures that do not exist, in enough
// variety that full-text search finds some claims and not others, as real text would. A few words
// are in every claim (the rationale's fixed wording), towns, topics and first names in a few per
// cent, each scheme name in about one claim in 5,000, and `absentWord` in none.

const FIRST_NAMES = [
  "Mara",
  "Tobin",
  "Ilse",
  "Oren",
  "Petra",
  "Caius",
  "Wren",
  "Dalia",
  "Emrys",
  "Sabine",
  "Jory",
  "Liesl",
  "Anselm",
  "Brisa",
  "Corin",
  "Delphine",
  "Evander",
  "Fenna",
  "Gideon",
  "Halla",
  "Ivo",
  "Junia",
  "Kester",
  "Lorna",
  "Matthias",
  "Nell",
  "Osric",
  "Perpetua",
  "Quill",
  "Rosalind",
  "Silas",
  "Thea",
  "Ulric",
  "Vesna",
  "Willem",
  "Xanthe",
  "Yorick",
  "Zelda",
  "Aurel",
  "Bettany",
];
const SURNAMES = [
  "Ashdown",
  "Brackenridge",
  "Calloway",
  "Dunmore",
  "Elstree",
  "Fairweather",
  "Glenning",
  "Holloway",
  "Ingleby",
  "Jessop",
  "Kettering",
  "Larkspur",
  "Marchbank",
  "Nettleton",
  "Oakhurst",
  "Pendleby",
  "Quarrie",
  "Rookwood",
  "Saltash",
  "Thornbury",
  "Underhill",
  "Vantongeren",
  "Whitlow",
  "Yarrowby",
  "Zennor",
  "Abernethy",
  "Blackwood",
  "Cresswell",
  "Dovecote",
  "Eversleigh",
  "Fallowfield",
  "Greystoke",
  "Hartwell",
  "Ivybridge",
  "Juniper",
  "Kingsmere",
  "Lockhart",
  "Merriweather",
  "Northcote",
  "Orpington",
];
const TOWNS = [
  "Glenvale",
  "Marrowby",
  "Eastbrook",
  "Tillford",
  "Ravensholm",
  "Caddow",
  "Brennock",
  "Sallowmere",
  "Orrin Bay",
  "Kestlewick",
  "Dunharrow",
  "Fennick",
  "Lowther Cross",
  "Pellingham",
  "Quarry Hill",
  "Westmarsh",
  "Ashcombe",
  "Bramblecote",
  "Cinderford Vale",
  "Dawlby",
  "Elmsworth",
  "Farrowgate",
  "Gilmerton",
  "Hollins End",
  "Jedburn",
  "Kilnsey",
  "Langstroth",
  "Merecroft",
  "Netherby",
  "Oxenhope",
  "Pitlochan",
  "Rydal Wick",
  "Scarrow",
  "Thistleby",
  "Upperthorn",
  "Varley",
  "Wetherden",
  "Yelverton Bay",
  "Ambleworth",
  "Brockhurst",
  "Carnford",
  "Emberton",
  "Foxhollow",
  "Garrowby",
  "Hinderwell",
  "Invercairn",
];
const TOPICS = [
  ["hospital", "waiting lists"],
  ["school", "class sizes"],
  ["housing", "rents"],
  ["bridge", "repairs"],
  ["police", "response times"],
  ["pension", "payments"],
  ["broadband", "coverage"],
  ["tram", "ridership"],
  ["wind farm", "output"],
  ["water", "leaks"],
  ["library", "opening hours"],
  ["bus", "fares"],
  ["recycling", "rates"],
  ["apprenticeship", "places"],
  ["flood defence", "spending"],
  ["childcare", "costs"],
  ["ambulance", "handover delays"],
  ["council tax", "arrears"],
  ["pothole", "complaints"],
  ["street lighting", "outages"],
  ["social care", "assessments"],
  ["dentist", "registrations"],
  ["youth club", "closures"],
  ["air quality", "readings"],
  ["cycle lane", "journeys"],
  ["parking", "fines"],
  ["tourism", "visitor numbers"],
  ["fire service", "call-outs"],
  ["planning", "approvals"],
  ["homelessness", "cases"],
  ["energy", "bills"],
  ["food bank", "parcels"],
  ["surgery", "appointments"],
  ["rail", "cancellations"],
  ["sewage", "spills"],
  ["burglary", "reports"],
  ["road", "casualties"],
  ["college", "enrolments"],
  ["museum", "admissions"],
  ["harbour", "freight"],
] as const;
const OUTLETS = [
  "The Glenvale Gazette",
  "Marrowby Evening Post",
  "Eastbrook Herald",
  "Tillford Times",
  "Ravensholm Record",
  "Northern Ledger",
  "Coastal Courier",
  "The Valley Voice",
  "Radio Brennock",
  "Westmarsh Weekly",
  "Ashcombe Advertiser",
  "The Dawlby Despatch",
  "Farrowgate Free Press",
  "Kilnsey Chronicle",
  "Merecroft Mercury",
  "Oxenhope Observer",
  "Scarrow Sentinel",
  "Thistleby Telegraph",
  "Varley Journal",
  "Invercairn Standard",
];
const RATING_SUMMARIES = [
  "The official figures match what was said.",
  "Broadly right, but the figure leaves out the most recent year.",
  "Part of this is right; the comparison uses two different measures.",
  "The numbers are real but the comparison gives a false impression.",
  "The record shows a different trend from the one described.",
  "The published data contradict this claim.",
  "No published data can confirm or refute this yet.",
];
// Scheme names are made of three parts: 24 × 12 × 18 = 5,184 names, rare words on a large ledger.
const SCHEME_HEADS = [
  "Kar",
  "Bel",
  "Tor",
  "Vel",
  "Mor",
  "Dun",
  "Sar",
  "Lin",
  "Fen",
  "Gal",
  "Hal",
  "Ost",
  "Pell",
  "Quen",
  "Rav",
  "Sel",
  "Tam",
  "Ul",
  "Var",
  "Wen",
  "Yar",
  "Zel",
  "Cor",
  "Nim",
];
const SCHEME_MIDDLES = ["a", "e", "i", "o", "u", "ar", "en", "il", "on", "ur", "ay", "ow"];
const SCHEME_TAILS = [
  "del",
  "mere",
  "dun",
  "wick",
  "rin",
  "thorpe",
  "vane",
  "ford",
  "holt",
  "ley",
  "mar",
  "sted",
  "ton",
  "brook",
  "gate",
  "well",
  "crest",
  "field",
];
/** No scheme name has this middle, so a word built with it is in no claim. */
const ABSENT_MIDDLE = "quix";

export const SCHEME_COUNT = SCHEME_HEADS.length * SCHEME_MIDDLES.length * SCHEME_TAILS.length;

export type Random = () => number;

/** A small seeded generator (mulberry32), so the same seed gives the same ledger. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export function speakerName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const last = SURNAMES[Math.floor(index / FIRST_NAMES.length) % SURNAMES.length];
  const round = Math.floor(index / (FIRST_NAMES.length * SURNAMES.length));
  return round === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + (round % 26))}. ${last}`;
}

function schemeParts(index: number) {
  const at = ((index % SCHEME_COUNT) + SCHEME_COUNT) % SCHEME_COUNT;
  return {
    head: SCHEME_HEADS[at % SCHEME_HEADS.length],
    middle: SCHEME_MIDDLES[Math.floor(at / SCHEME_HEADS.length) % SCHEME_MIDDLES.length],
    tail: SCHEME_TAILS[Math.floor(at / (SCHEME_HEADS.length * SCHEME_MIDDLES.length))],
  };
}

/** The scheme name numbered `index` (any integer; they repeat every SCHEME_COUNT). */
export function schemeName(index: number): string {
  const { head, middle, tail } = schemeParts(index);
  return `${head}${middle}${tail}`;
}

/** A word shaped like a scheme name that no synthetic claim contains. */
export function absentWord(index: number): string {
  const { head, tail } = schemeParts(index);
  return `${head}${ABSENT_MIDDLE}${tail}`;
}

/** Search terms for load tests, by how many synthetic claims they find. */
export const SYNTHETIC_SEARCH_TERMS = {
  /** Words of the rationale every synthetic claim has. */
  everywhere: ["council", "publishes", "quarter", "compared", "figures", "asked", "office", "source", "programme"],
  /** Each in roughly 2–30 % of claims: a town, a topic, a first name, "million". */
  common: [
    "million",
    ...TOWNS.filter((town) => !town.includes(" ")),
    ...TOPICS.map(([topic]) => topic).filter((topic) => !topic.includes(" ")),
    ...FIRST_NAMES,
  ],
} as const;

/** Words in a row as a reader quotes them, numbered (2,676 different ones in all): a
 *  town's council, a topic's measure, "spent N million" (rare) or a speaker's name. */
export function syntheticPhrase(index: number): string {
  const at = Math.floor(index / 4);
  const families = [
    () => `${TOWNS[at % TOWNS.length]} council`,
    () => TOPICS[at % TOPICS.length]?.join(" "),
    () => `spent ${10 + (at % 990)} million`,
    () => speakerName(at % (FIRST_NAMES.length * SURNAMES.length)),
  ];
  return `"${families[index % families.length]?.()}"`;
}

export interface SyntheticClaim {
  kind: ClaimKind;
  text: string;
  value: number | null;
  unit: string | null;
  reference: number | null;
  title: string;
  body: string;
  outlet: string;
  saidOn: string;
  ratingIndex: number;
  summary: string;
  rationale: string;
  topic: string;
}

/** A day in 2019–2025: `position` (0 to 1) through that span, or anywhere in it when not given. */
function day(random: Random, position: number | undefined): string {
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + Math.floor((position ?? random()) * span)).toISOString().slice(0, 10);
}

interface Wording {
  town: string;
  topic: string;
  measure: string;
  year: number;
  amount: number;
}

const NUMERIC_WORDINGS = [
  (w: Wording) => `${w.town} spent ${w.amount} million on ${w.topic} ${w.measure} last year`,
  (w: Wording) => `the council put ${w.amount} million into ${w.topic} ${w.measure} in ${w.year}`,
  (w: Wording) => `${w.amount} million was cut from ${w.topic} ${w.measure} in ${w.town}`,
  (w: Wording) => `${w.town} will invest ${w.amount} million in ${w.topic} ${w.measure} by ${w.year + 20}`,
];
const QUOTE_WORDINGS = [
  (w: Wording) => `${w.town} has the best ${w.topic} ${w.measure} since ${w.year}`,
  (w: Wording) => `nobody in ${w.town} has seen ${w.topic} ${w.measure} this bad since ${w.year}`,
  (w: Wording) => `we have fixed ${w.topic} ${w.measure} across ${w.town}`,
  (w: Wording) => `${w.topic} ${w.measure} in ${w.town} are the envy of the region`,
];
const STATEMENT_WORDINGS = [
  (w: Wording) => `${w.topic} ${w.measure} in ${w.town} have doubled since ${w.year}`,
  (w: Wording) => `${w.topic} ${w.measure} in ${w.town} fell every year after ${w.year}`,
  (w: Wording) => `${w.town} has the worst ${w.topic} ${w.measure} in the country`,
];
const ATTRIBUTIONS = [
  (speaker: string, town: string) => `${speaker} said at a meeting in ${town}`,
  (speaker: string, town: string) => `${speaker} told reporters outside ${town} town hall`,
  (speaker: string, town: string) => `${speaker} wrote in a newsletter to ${town} residents`,
  (speaker: string) => `${speaker} said in a radio interview`,
];

/** Claim `index`, said by `speaker`; `position` (0 to 1) places the day it was said in 2019–2025, so
 *  claims made in order are said in order, as a newsroom's are. */
export function syntheticClaim(random: Random, index: number, speaker: string, position?: number): SyntheticClaim {
  const town = pick(random, TOWNS);
  const [topic, measure] = pick(random, TOPICS);
  const wording: Wording = {
    town,
    topic,
    measure,
    year: 2005 + Math.floor(random() * 18),
    amount: 10 + Math.floor(random() * 990),
  };
  const roll = random();
  const kind: ClaimKind = roll < 0.5 ? "quote" : roll < 0.8 ? "numeric" : "statement";
  const wordings = kind === "numeric" ? NUMERIC_WORDINGS : kind === "quote" ? QUOTE_WORDINGS : STATEMENT_WORDINGS;
  const text = pick(random, wordings)(wording);
  const ratingIndex = Math.floor(random() * RATING_SUMMARIES.length);
  const scheme = schemeName(Math.floor(random() * SCHEME_COUNT));
  const title = `${speaker} on ${topic} ${measure} in ${town} (#${index})`;
  const body = [
    `${title}.`,
    `“${text},” ${pick(random, ATTRIBUTIONS)(speaker, town)}.`,
    `Figures for ${topic} ${measure} are published each quarter by the ${town} council.`,
  ].join("\n\n");
  return {
    kind,
    text,
    value: kind === "numeric" ? wording.amount * 1_000_000 : null,
    unit: kind === "numeric" ? "GBP" : null,
    reference: kind === "numeric" ? Math.round(wording.amount * (0.5 + random())) * 1_000_000 : null,
    title,
    body,
    outlet: pick(random, OUTLETS),
    saidOn: day(random, position),
    ratingIndex,
    summary: `${RATING_SUMMARIES[ratingIndex]} (${town}, ${topic} ${measure})`,
    rationale: `The **${town}** council publishes ${topic} ${measure} each quarter; the ${scheme} programme reports them separately.\n\n- We compared the figures for ${wording.year} and last year.\n- We asked ${speaker}'s office for their source.`,
    topic,
  };
}
