// Class or id tokens that mark advertising slots: "ad", "ads", "advert…", "ad-slot", "inline-ad", "sponsored".
const AD_TOKEN = /^(ads?|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|sponsored|sponsor[-_][\w-]+)$/i;

/**
 * Removes advertising blocks, which Readability keeps when they sit inside the article body.
 * Matching whole class/id tokens avoids hitting words that merely contain "ad" (header, loading, shadow).
 */
export function removeAdvertisements(document: Document): void {
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const tokens = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
    if (tokens.some((token) => AD_TOKEN.test(token))) element.remove();
  }
}
