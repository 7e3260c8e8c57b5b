import type { RequestAuth } from "../auth/session";
import type { Database } from "../db/database-types";
import type { Logger } from "../log";

// What the server hands every loader and action: the database it opened once at start-up, and what
// its middleware learnt of the request.
declare module "@remix-run/node" {
  interface AppLoadContext {
    db: Database;
    /** Who is making the request, resolved once by the server. */
    auth?: RequestAuth;
    /** The client's IP address as the server saw it (honouring TRUST_PROXY). */
    clientAddress?: string;
    /** Sent back as X-Request-Id and written on every log line of the request. */
    requestId?: string;
    /** The logger of this request (its lines carry the request id). */
    log?: Logger;
    /** The Content-Security-Policy nonce of this response, for the document's inline scripts. */
    cspNonce?: string;
  }
}
