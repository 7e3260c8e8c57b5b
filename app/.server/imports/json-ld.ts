type JsonObject = Record<string, unknown>;

/** What a page's JSON-LD says about the article it carries. */
export type JsonLdArticle = {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
};

// schema.org types for news and other articles (NewsArticle, ReportageNews, BlogPosting, OpinionNewsArticle, …).
const ARTICLE_TYPE = /(Article|NewsArticle|News|BlogPosting|Report)$/;

/** The first article described in the page's JSON-LD blocks, or null. Malformed blocks are ignored. */
export function articleFromJsonLd(document: Document): JsonLdArticle | null {
  const scripts = Array.from(document.querySelectorAll("script")).filter(
    (script) => script.getAttribute("type")?.trim().toLowerCase() === "application/ld+json",
  );
  for (const script of scripts) {
    const article = flatten(parseJson(script.textContent ?? "")).find(isArticle);
    if (article) {
      return {
        headline: text(article.headline),
        authors: names(article.author),
        publisher: names(article.publisher)[0] ?? null,
        datePublished: text(article.datePublished),
      };
    }
  }
  return null;
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return null;
  }
}

/** Top-level arrays and @graph containers both hold several items. */
function flatten(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flatten);
  if (!isObject(value)) return [];
  return Array.isArray(value["@graph"]) ? [value, ...flatten(value["@graph"])] : [value];
}

function isArticle(item: JsonObject): boolean {
  const types = Array.isArray(item["@type"]) ? item["@type"] : [item["@type"]];
  return types.some((type) => typeof type === "string" && ARTICLE_TYPE.test(type));
}

/** Authors and publishers appear as strings, objects with a name, or arrays of either. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  const name = isObject(value) ? text(value.name) : text(value);
  return name ? [name] : [];
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
