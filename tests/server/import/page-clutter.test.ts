import { describe, expect, it } from "vitest";
import { removeAdvertisements } from "~/.server/imports/page-clutter";
import { parseHtmlDocument } from "~/.server/imports/parse-html";

function remainingText(bodyHtml: string): string {
  const document = parseHtmlDocument(`<html><body>${bodyHtml}</body></html>`);
  removeAdvertisements(document);
  return document.body.textContent ?? "";
}

describe("removeAdvertisements", () => {
  it.each([
    '<div class="ad">x</div>',
    '<div class="ads">x</div>',
    '<div class="advert-box">x</div>',
    '<div class="advertisement">x</div>',
    '<div class="story ad-slot">x</div>',
    '<div class="inline-ad">x</div>',
    '<div id="ad_top">x</div>',
    '<div class="sponsored">x</div>',
  ])("removes %s", (html) => {
    expect(remainingText(`${html}<p>kept</p>`)).toBe("kept");
  });

  it.each([
    '<div class="header">kept</div>',
    '<div class="loading">kept</div>',
    '<div class="shadow">kept</div>',
    '<div class="adventure">kept</div>',
    '<div id="read-more">kept</div>',
  ])("keeps %s", (html) => {
    expect(remainingText(html)).toBe("kept");
  });
});
