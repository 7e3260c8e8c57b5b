import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFromHtml } from "~/.server/imports/html-to-article";

const newsPage = readFileSync(new URL("../../fixtures/import/news-article.html", import.meta.url), "utf8");

function page(head: string, body = "<article><p>The harbour reopened on Monday after repairs.</p></article>"): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

describe("articleFromHtml: a news page", () => {
  const article = articleFromHtml(newsPage, "https://www.courier.example/local/bridge-repairs");
  const paragraphs = article.text.split("\n\n");

  it("reads the metadata from JSON-LD", () => {
    expect(article.title).toBe("Harbourton bridge repairs to cost twice the estimate, council says");
    expect(article.byline).toBe("Mira Okonkwo, Tomás Lindqvist");
    expect(article.outlet).toBe("The Harbourton Courier");
    expect(article.publishedAt).toBe("2026-03-14T08:30:00.000Z");
  });

  it("keeps the article's paragraphs in order, one per block, separated by a blank line", () => {
    expect(paragraphs).toEqual([
      "The repair of the Old Quay bridge will cost the town 4.2 million crowns, more than twice the figure given to residents last spring, the council’s finance committee said on Thursday.",
      "Councillor Edda Pruitt, who chairs the committee, told a public meeting that corrosion in the lower girders had been “far worse than anyone could see from the water”. The original estimate of 1.9 million crowns was based on a visual inspection carried out in 2024.",
      "Where the money will come from",
      "According to the committee, the extra cost will be covered by postponing the renovation of the municipal swimming pool and by a loan from the regional infrastructure fund.",
      "Postponing the pool renovation saves 1.1 million crowns.",
      "The regional loan would cover the remaining 1.2 million crowns.",
      "We would rather spend the money now than close the bridge for a year later.",
      "Opposition councillor Jonas Ferreira questioned the figures, saying the committee had not published the engineering report. “Residents deserve to see the numbers for themselves,” he said.",
      "The council is expected to vote on the revised budget on 2 April. Work on the bridge would begin in May and last about seven months, during which the crossing will be limited to pedestrians.",
    ]);
  });

  it("drops navigation, advertisements, scripts, styles and page furniture", () => {
    for (const clutter of ["Politics", "Advertisement", "dataLayer", "loadComments", "min-height", "Most read", "©"]) {
      expect(article.text).not.toContain(clutter);
    }
  });
});

describe("articleFromHtml: metadata sources", () => {
  it("prefers Open Graph tags and article:published_time", () => {
    const article = articleFromHtml(
      page(
        '<meta property="og:title" content="Harbour reopens"><meta property="og:site_name" content="Quayside Radio">' +
          '<meta name="author" content="Lena Holt"><meta property="article:published_time" content="2026-05-02T07:00:00Z">',
      ),
    );
    expect(article).toMatchObject({
      title: "Harbour reopens",
      byline: "Lena Holt",
      outlet: "Quayside Radio",
      publishedAt: "2026-05-02T07:00:00.000Z",
    });
  });

  it("reads the date from a <time datetime> element", () => {
    const article = articleFromHtml(
      page(
        "<title>Harbour</title>",
        '<article><time datetime="2026-05-02">2 May</time><p>The harbour reopened.</p></article>',
      ),
    );
    expect(article.publishedAt).toBe("2026-05-02");
  });

  it("reads the date from a plain date meta tag, skipping values that are not dates", () => {
    const article = articleFromHtml(
      page(
        '<meta property="article:published_time" content="yesterday"><meta name="date" content="2026-05-02T09:15:00+02:00">',
      ),
    );
    expect(article.publishedAt).toBe("2026-05-02T07:15:00.000Z");
  });

  it("drops the outlet's name from the end of a short page title", () => {
    const withSite = (title: string) =>
      articleFromHtml(page(`<title>${title}</title><meta property="og:site_name" content="Valley Post">`)).title;
    expect(withSite("Tram line delayed | Valley Post")).toBe("Tram line delayed");
    expect(withSite("Tram line delayed – valley post")).toBe("Tram line delayed");
    expect(withSite("Tram line delayed | Other Paper")).toBe("Tram line delayed | Other Paper");
  });

  it("falls back to the page title and to the site's address for the outlet", () => {
    const article = articleFromHtml(page("<title>Harbour reopens</title>"), "https://www.quayside.example/news/1");
    expect(article.title).toBe("Harbour reopens");
    expect(article.outlet).toBe("quayside.example");
  });

  it("ignores malformed JSON-LD", () => {
    const article = articleFromHtml(
      page('<title>Harbour</title><script type="application/ld+json">{ not json</script>'),
    );
    expect(article.publishedAt).toBeNull();
    expect(article.text).toBe("The harbour reopened on Monday after repairs.");
  });

  it("reports missing metadata as null", () => {
    expect(articleFromHtml(page(""))).toEqual({
      title: null,
      byline: null,
      outlet: null,
      publishedAt: null,
      text: "The harbour reopened on Monday after repairs.",
    });
  });
});

describe("articleFromHtml: text", () => {
  it("falls back to the body text, without navigation, when Readability finds no article", () => {
    // Readability discards a page whose only text is in an <aside>.
    const html = page("", '<nav><a href="/">Home</a></nav><aside>Tide tables for Saturday.</aside>');
    expect(articleFromHtml(html).text).toBe("Tide tables for Saturday.");
  });

  it("reads fragments and pages without <html> or <body>", () => {
    expect(articleFromHtml("<p>First.</p><p>Second.</p>").text).toBe("First.\n\nSecond.");
    expect(articleFromHtml("Only words.").text).toBe("Only words.");
  });

  it("gives empty text for an empty page", () => {
    expect(articleFromHtml("").text).toBe("");
  });
});
