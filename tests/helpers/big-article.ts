import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { utf8ByteLength } from "~/domain/text-size";

// An invented, very dense article for the big-article test and `npm run bench:import`: paragraph after
// paragraph of quotes with named speakers and figures, until it is just under the article size limit.
// Seeded, so every run stores the same text; `seed` also makes two articles differ (no duplicate refusal).

const FIRST_NAMES = [
  "Ada",
  "Bram",
  "Celia",
  "Dmitri",
  "Esme",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kemi",
  "Lior",
];
const LAST_NAMES = ["Okonkwo", "Varga", "Lindqvist", "Moreau", "Tanaka", "Quist", "Ibarra", "Novak", "Adeyemi", "Sato"];
const TITLES = ["the transport minister", "the harbour master", "a council member", "the union's treasurer"];
const TOPICS = ["ferry crossings", "school meals", "tram stops", "flood barriers", "night buses", "clinic beds"];
const CUES = ["said", "told reporters", "insisted", "warned", "added"];
const MONTHS = ["January", "April", "July", "October"];
// Sentences with nothing to check, so the density is about the (7,000 candidates in 500 KB).
const FILLERS = [
  "Residents at the meeting asked for the full breakdown to be published online before the next vote.",
  "The office did not say how the figures were collected or who checked them before publication.",
  "Campaigners outside the town hall handed out leaflets and asked passers-by to write to the council.",
];

function seededRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export interface BigArticle {
  title: string;
  body: string;
}

/** About `MAX_ARTICLE_BYTES` of invented news text with over 10,000 quote and number candidates. */
export function inventBigArticle(seed = 1, maxBytes = MAX_ARTICLE_BYTES): BigArticle {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const amount = () => (Math.floor(random() * 90_000) + 1_000).toLocaleString("en-GB");
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  const paragraphs = [`Desk ${seed}: a long file of invented statements about the city's services.`];
  let bytes = utf8ByteLength(paragraphs[0] ?? "");
  for (let n = 1; ; n++) {
    const speaker = person();
    const topic = pick(TOPICS);
    const sentences = pick([
      () =>
        `“We added ${amount()} ${topic} in ${2000 + (n % 25)},” ${speaker}, ${pick(TITLES)}, ${pick(CUES)}. The budget grew by ${(random() * 40).toFixed(1)}% to £${amount()} million.`,
      () =>
        `${speaker} ${pick(CUES)} that ${amount()} people used ${topic} in ${pick(MONTHS)}. “That is ${amount()} more than last year,” ${speaker.split(" ")[1]} said.`,
      () =>
        `“Nobody promised ${topic} for everyone,” ${speaker} ${pick(CUES)} on day ${n}, adding that ${amount()} households had waited ${Math.floor(random() * 50) + 2} weeks.`,
    ])();
    const paragraph = `${sentences} ${pick(FILLERS)}`;
    const size = utf8ByteLength(paragraph) + 2;
    if (bytes + size > maxBytes) break;
    paragraphs.push(paragraph);
    bytes += size;
  }
  return { title: `Invented statements, file ${seed}`, body: paragraphs.join("\n\n") };
}
