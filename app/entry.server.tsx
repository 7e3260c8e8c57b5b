import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { processLog } from "~/.server/log";
import { NonceProvider } from "~/components/nonce";
import { pageHydrates } from "~/components/read-only-page";

// Remix's default server entry, plus: the response's CSP nonce on every inline script (Remix's
// hydration data and module loader), and errors logged through the request's logger with its request id.

/** How long Remix waits for a loader's streamed promises (single fetch reads this export). */
export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const log = loadContext.log ?? processLog();
  const page = (
    <NonceProvider nonce={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>
  );
  const handles = remixContext.staticHandlerContext.matches.map(
    (match) => remixContext.routeModules[match.route.id]?.handle,
  );
  // A page without scripts carries no hydration data, so nothing on it suspends: rendered straight to
  // a string, it skips encoding each of React's small chunks to bytes (a tenth of a ledger page's CPU).
  if (!pageHydrates(handles)) {
    responseHeaders.set("Content-Type", "text/html");
    return new Response(`<!DOCTYPE html>${renderToString(page)}`, {
      headers: responseHeaders,
      status: responseStatusCode,
    });
  }
  // No page streams data (no <Await>), so the whole page is rendered first and sent as one buffer:
  // piping React's small chunks through Node and web streams cost more CPU than rendering them.
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const body = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        clearTimeout(stopRendering);
        responseHeaders.set("Content-Type", "text/html");
        resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
        done();
      },
    });
    const { pipe, abort } = renderToPipeableStream(page, {
      nonce,
      onShellReady: () => {
        shellRendered = true;
      },
      onAllReady: () => pipe(body),
      onShellError: reject,
      onError(error: unknown) {
        responseStatusCode = 500;
        // Errors before the shell is ready reject, and Remix reports them through handleError.
        if (shellRendered) log.error({ err: error }, "rendering failed");
      },
    });
    // Rendering stops a second after the data streams do, so their rejections still reach the page.
    const stopRendering = setTimeout(abort, streamTimeout + 1_000);
  });
}

/** Errors thrown by loaders and actions (and rendering): logged with the request id; the reader sees
 *  the app's error page, which in production mode says nothing about them. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  // A reader who went away, or asked for a page that does not exist, is no failure of the app; the
  // request's own log line has its status.
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status < 500)) return;
  const { pathname } = new URL(request.url);
  (context.log ?? processLog()).error({ err: error, method: request.method, path: pathname }, "request failed");
};
