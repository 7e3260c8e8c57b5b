// Verbs that introduce what someone said, wrote or called something, in all their inflections. The
// lists are data: adding a verb here is all it takes for every attribution rule to read it.

const IRREGULAR =
  "said say says saying told tell tells telling wrote write writes writing written sang sing sings singing " +
  "spoke speak speaks speaking spoken swore swear swears swearing sworn chimed";

// Regular verbs by stem, grouped by sense; inflections are generated below ("argue" → argues, argued, arguing).
const REGULAR = [
  // stating and explaining
  "add assert claim note state declare explain remark observe mention comment report announce proclaim",
  "reveal disclose confirm acknowledge admit concede confess affirm insist maintain contend argue reason",
  "stress emphasise emphasize reiterate repeat echo continue conclude summarise summarize elaborate clarify",
  "describe characterise characterize recount recall reminisce narrate cite quote predict estimate",
  // asking and answering
  "ask wonder question reply respond answer counter retort rejoin riposte rebut refute interject interrupt",
  // urging, promising, warning
  "urge implore plead beg beseech demand pledge promise vow swear warn caution advise recommend suggest propose",
  // feeling and manner
  "complain lament bemoan decry deplore grumble mutter murmur whisper shout yell scream shriek exclaim cry",
  "gush rave marvel beam enthuse exult gloat boast brag crow tout hail applaud praise thank congratulate",
  "joke quip jest tease taunt mock scoff sneer chuckle laugh sigh groan snap snarl growl bark bellow roar",
  "muse ponder reflect speculate surmise theorise theorize opine guess",
  // attacking and disputing
  "accuse charge allege blast slam criticise criticize chide scold rebuke berate lambast lambaste ridicule",
  "deny dispute disagree object protest retaliate agree concur",
  // writing, posting, testifying
  "tweet retweet post blog text email testify call dub label term brand refer",
].join(" ");

// Phrasal speech verbs: the particle that makes each one ("chimed in", "shot back", "went on"), by stem.
const PHRASAL_STEMS =
  "chime:in fire:back hit:back push:back snap:back cut:in pipe:up speak:up speak:out lash:out point:out " +
  "weigh:in sum:up follow:up open:up write:back call:out sound:off";
// Irregular forms of phrasal verbs, and forms that are speech verbs only with their particle.
const PHRASAL_FORMS =
  "went:on go:on goes:on going:on shot:back shoot:back shoots:back shooting:back broke:in break:in breaks:in " +
  "struck:back strike:back strikes:back bit:back bite:back bites:back spoke:up spoke:out wrote:back";
const PHRASAL = new Map<string, string>([
  ...PHRASAL_STEMS.split(" ").flatMap((pair) => {
    const [stem, particle] = pair.split(":") as [string, string];
    return inflections(stem).map((form) => [form, particle] as [string, string]);
  }),
  ...PHRASAL_FORMS.split(" ").map((pair) => pair.split(":") as [string, string]),
]);

function inflections(stem: string): string[] {
  const base = stem.endsWith("e") ? stem.slice(0, -1) : stem;
  if (stem.endsWith("y") && !/[aeiou]y$/.test(stem)) {
    const root = stem.slice(0, -1);
    return [stem, `${root}ies`, `${root}ied`, `${stem}ing`];
  }
  const plural = /(?:s|sh|ch|x|o)$/.test(stem) ? `${stem}es` : `${stem}s`;
  // A final consonant after one short vowel doubles ("quip" → quipped, "jab" → jabbed); "qu" counts as a consonant.
  const doubles = /(?:^|[^aeiou])[aeiou][pmtgbn]$/.test(stem.replace(/^qu/, "q")) && !/(?:en|on|er)$/.test(stem);
  const past = stem.endsWith("e") ? `${stem}d` : doubles ? `${stem}${stem.at(-1)}ed` : `${stem}ed`;
  const gerund = doubles ? `${stem}${stem.at(-1)}ing` : `${base}ing`;
  return [stem, plural, past, `${stem}ed`, gerund, `${base}ing`, stem.endsWith("l") ? `${stem}led` : past];
}

const SPEECH_VERBS = new Set([...IRREGULAR.split(" "), ...REGULAR.split(" ").flatMap(inflections)]);

export function isSpeechVerb(word: string): boolean {
  // Most words asked about are lower case already: look them up without a copy.
  return SPEECH_VERBS.has(word) || (/[A-Z]/.test(word) && SPEECH_VERBS.has(word.toLowerCase()));
}

/** The particle completing a phrasal speech verb ("in" after "chimed"), or false. */
export function isSpeechParticle(verb: string, particle: string | undefined): boolean {
  return particle !== undefined && PHRASAL.get(verb.toLowerCase()) === particle.toLowerCase();
}

// Speech verbs whose bare and -s forms are more often nouns ("his remarks", "a Twitter comment"): they
// count as cues only after a name or a pronoun.
const NOUN_LIKE = new Set(
  (
    "claim comment remark report note state post tweet call charge counter promise pledge quote estimate " +
    "answer question reply demand stress cry joke quip boast vow echo praise blast slam mock repeat label " +
    "brand term laugh sigh groan snap bark roar text email blog plea protest object dispute sneer jab taunt " +
    "retort response rejoinder riposte"
  ).split(" "),
);

/** A speech verb in a form that is also a noun ("remarks", "comment"); its -ed form is not. */
export function isNounLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    NOUN_LIKE.has(lower) ||
    (lower.endsWith("s") && NOUN_LIKE.has(lower.replace(/e?s$/, ""))) ||
    NOUN_LIKE.has(lower.slice(0, -1))
  );
}
