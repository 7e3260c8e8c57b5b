// Public addresses for claims and speakers: `<id>-<words>`. The id makes them unique and lets an
// address still resolve when the words change (a speaker renamed); the words make them readable.

const MAX_WORDS = 8;
const MAX_LENGTH = 60;

export function slugWords(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug;
}

export function idSlug(id: number, text: string): string {
  const words = slugWords(text);
  return words ? `${id}-${words}` : String(id);
}

/** The id at the start of a slug, or null when the slug does not start with one. */
export function idFromSlug(slug: string): number | null {
  const match = /^(\d{1,9})(?:-|$)/.exec(slug);
  return match ? Number(match[1]) : null;
}
