import { readFileSync } from "node:fs";
import type http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { FetchRefusedError } from "~/.server/fetch/guarded-fetch";
import { UnsupportedContentError } from "~/.server/imports/import-errors";
import { articleFromUrl } from "~/.server/imports/url-import";
import { type LocalServer, startLocalServer } from "./local-server";

const newsPage = readFileSync(new URL("../../fixtures/import/news-article.html", import.meta.url));

let server: LocalServer | undefined;

async function serve(handler: http.RequestListener): Promise<LocalServer> {
  server = await startLocalServer(handler);
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("articleFromUrl", () => {
  it("fetches a page, following redirects, and reads the article and its metadata", async () => {
    let accept: string | undefined;
    const local = await serve((request, response) => {
      if (request.url === "/short") {
        response.writeHead(301, { location: "/local/bridge-repairs" });
        response.end();
        return;
      }
      accept = request.headers.accept;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(newsPage);
    });
    const article = await articleFromUrl(local.url("/short"), { allowInternal: [local.hostPort] });
    expect(accept).toContain("text/html");
    expect(article).toMatchObject({
      url: local.url("/local/bridge-repairs"),
      title: "Harbourton bridge repairs to cost twice the estimate, council says",
      byline: "Mira Okonkwo, Tomás Lindqvist",
      outlet: "The Harbourton Courier",
      publishedAt: "2026-03-14T08:30:00.000Z",
    });
    expect(article.text).toMatch(/^The repair of the Old Quay bridge/);
  });

  it("decodes the page in the charset the server declares", async () => {
    const local = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
      response.end(Buffer.concat([Buffer.from("<p>Caf"), Buffer.from([0xe9]), Buffer.from(" owners protest.</p>")]));
    });
    const article = await articleFromUrl(local.url(), { allowInternal: [local.hostPort] });
    expect(article.text).toBe("Café owners protest.");
  });

  it("reads a page served without a Content-Type when it starts like HTML", async () => {
    const local = await serve((_request, response) => {
      response.removeHeader("content-type");
      response.end("<!DOCTYPE html><html><body><p>Untyped but HTML.</p></body></html>");
    });
    expect((await articleFromUrl(local.url(), { allowInternal: [local.hostPort] })).text).toBe("Untyped but HTML.");
  });

  it.each([
    ["application/pdf", "a PDF document"],
    ["image/png", "an image file (image/png)"],
    ["video/mp4", "a video file (video/mp4)"],
    ["application/json; charset=utf-8", "JSON data"],
    ["application/octet-stream", "a file of type application/octet-stream"],
  ])("refuses %s content", async (contentType, description) => {
    const local = await serve((_request, response) => {
      response.writeHead(200, { "content-type": contentType });
      response.end("%PDF-1.7 or other bytes");
    });
    const refusal = articleFromUrl(local.url("/file"), { allowInternal: [local.hostPort] });
    await expect(refusal).rejects.toThrow(UnsupportedContentError);
    await expect(refusal).rejects.toThrow(
      `${local.url("/file")} is ${description}, not a web page. Claimdesk can only import articles from web pages.`,
    );
  });

  it("refuses untyped content that does not look like HTML", async () => {
    const local = await serve((_request, response) => {
      response.removeHeader("content-type");
      response.end("just some bytes");
    });
    await expect(articleFromUrl(local.url(), { allowInternal: [local.hostPort] })).rejects.toThrow(
      "is a file of unknown type, not a web page",
    );
  });

  it("passes on the fetcher's refusals", async () => {
    const local = await serve((_request, response) => response.end("<p>never</p>"));
    await expect(articleFromUrl(local.url())).rejects.toThrow(FetchRefusedError);
  });
});
