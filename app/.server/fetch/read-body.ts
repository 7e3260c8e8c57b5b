import type { IncomingMessage } from "node:http";
import { PassThrough, type Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { describeSize, FetchRefusedError } from "./fetch-refused-error";

function tooLarge(maxBytes: number): FetchRefusedError {
  return new FetchRefusedError("too-large", `The page is larger than ${describeSize(maxBytes)}.`);
}

/**
 * Reads and decodes the body, stopping as soon as the decoded bytes pass the cap,
 * so a small compressed response cannot expand into an unbounded one.
 */
export async function readCappedBody(
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  // Refuse before reading when the server already announces a body over the cap.
  if (Number(response.headers["content-length"]) > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder = decoderFor(encoding);
  if (!decoder) {
    response.destroy();
    throw new FetchRefusedError(
      "network",
      `The site sent the page in an encoding Claimdesk cannot read (${encoding}).`,
    );
  }
  // Iterating the decoder directly (rather than an async-function pipeline stage) keeps our own errors intact;
  // a failure upstream destroys the decoder and so surfaces in the loop.
  const flowing = pipeline(response, decoder, { signal });
  flowing.catch(() => {});
  for await (const chunk of decoder as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  await flowing;
  return Buffer.concat(chunks, size);
}

function decoderFor(encoding: string): Transform | null {
  switch (encoding) {
    case "":
    case "identity":
      return new PassThrough();
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}
