import { describe, expect, it } from "vitest";
import { paragraphsFromElement } from "~/.server/imports/html-paragraphs";
import { parseHtmlDocument } from "~/.server/imports/parse-html";

function paragraphs(bodyHtml: string): string[] {
  return paragraphsFromElement(parseHtmlDocument(`<html><body>${bodyHtml}</body></html>`).body);
}

describe("paragraphsFromElement", () => {
  it("collapses whitespace, including non-breaking spaces and newlines, inside a paragraph", () => {
    expect(paragraphs("<p>  The   mayor\n said\u00a0\u00a0no.  </p>")).toEqual(["The mayor said no."]);
  });

  it("keeps inline elements inside their paragraph", () => {
    expect(paragraphs('<p>It was <strong>not</strong> <a href="/x">true</a>, <em>they</em> said.</p>')).toEqual([
      "It was not true, they said.",
    ]);
  });

  it("makes headings, list items and quotations their own paragraphs", () => {
    expect(
      paragraphs(
        "<h2>Background</h2><p>Intro</p><ul><li>One</li><li>Two <ol><li>Two point one</li></ol></li></ul>" +
          "<blockquote>Quoted <p>Inner</p></blockquote>",
      ),
    ).toEqual(["Background", "Intro", "One", "Two", "Two point one", "Quoted", "Inner"]);
  });

  it("starts a new paragraph at a line break", () => {
    expect(paragraphs("<p>Line one<br>Line two</p>")).toEqual(["Line one", "Line two"]);
  });

  it("puts a table row on one line, cells separated by spaces", () => {
    expect(paragraphs("<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2026</td><td>4.2m</td></tr></table>")).toEqual(
      ["Year Cost", "2026 4.2m"],
    );
  });

  it("drops scripts, styles, navigation, forms and hidden elements", () => {
    expect(
      paragraphs(
        "<script>track()</script><style>p{}</style><nav>Menu</nav><noscript>Enable JS</noscript>" +
          "<button>Share</button><template>T</template><p hidden>Secret</p><svg><text>Icon</text></svg><p>Kept</p>",
      ),
    ).toEqual(["Kept"]);
  });
});
