import type { ClaimKind } from "~/domain/claim-states";

// Invented claims for load tests: towns, people and figures that do not exist, in enough variety
// that full-text search matches some claims and not others, as real text would.

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

function day(random: Random): string {
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
}

export function syntheticClaim(random: Random, index: number, speaker: string): SyntheticClaim {
  const town = pick(random, TOWNS);
  const [topic, measure] = pick(random, TOPICS);
  const year = 2005 + Math.floor(random() * 18);
  const amount = 10 + Math.floor(random() * 990);
  const roll = random();
  const kind: ClaimKind = roll < 0.5 ? "quote" : roll < 0.8 ? "numeric" : "statement";
  const text =
    kind === "numeric"
      ? `${town} spent ${amount} million on ${topic} ${measure} last year`
      : kind === "quote"
        ? `${town} has the best ${topic} ${measure} since ${year}`
        : `${topic} ${measure} in ${town} have doubled since ${year}`;
  const ratingIndex = Math.floor(random() * RATING_SUMMARIES.length);
  const title = `${speaker} on ${topic} ${measure} in ${town} (#${index})`;
  const body = [
    `${title}.`,
    `“${text},” ${speaker} said at a meeting in ${town}.`,
    `Figures for ${topic} ${measure} are published each quarter by the ${town} council.`,
  ].join("\n\n");
  return {
    kind,
    text,
    value: kind === "numeric" ? amount * 1_000_000 : null,
    unit: kind === "numeric" ? "GBP" : null,
    reference: kind === "numeric" ? Math.round(amount * (0.5 + random())) * 1_000_000 : null,
    title,
    body,
    outlet: pick(random, OUTLETS),
    saidOn: day(random),
    ratingIndex,
    summary: `${RATING_SUMMARIES[ratingIndex]} (${town}, ${topic} ${measure})`,
    rationale: `The **${town}** council publishes ${topic} ${measure} each quarter.\n\n- We compared the figures for ${year} and last year.\n- We asked ${speaker}'s office for their source.`,
    topic,
  };
}
