import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { requestLocals } from "./request-context";

// Headers every answer carries (helmet). The Content-Security-Policy lets scripts run only from this
// site or inline with this response's nonce, which Remix's own inline scripts carry (root.tsx,
// entry.server.tsx); JSON-LD blocks are data, which browsers never run, so they need none.
//
// No page may be framed by another site (frame-ancestors 'none', X-Frame-Options DENY), public
// ledger pages included: framing them would let another site dress up a verdict out of its context,
// and readers who want to show the ledger elsewhere have its JSON, CSV and feed.
//
// The referrer policy is same-origin: links out (to sources, to outlets) do not tell other sites
// which claim a newsroom is checking, while the app's own form posts keep the Origin header the
// cross-site check reads (no-referrer would make browsers send "Origin: null").

const nonceSource = (_req: IncomingMessage, res: ServerResponse) =>
  `'nonce-${requestLocals(res as Response).cspNonce}'`;

function headersFor({ tls, development }: { tls: boolean; development: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        "script-src": ["'self'", nonceSource],
        // React sets style attributes (rating colours); in development Vite also injects <style> tags.
        "style-src": development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        // Vite's hot reload talks over its own WebSocket.
        "connect-src": development ? ["'self'", "ws:", "wss:"] : ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        // Over plain HTTP (a laptop, a test) upgrading would break every asset; behind TLS it only helps.
        "upgrade-insecure-requests": tls ? [] : null,
      },
    },
    // HSTS only on answers that went out over TLS: over plain HTTP it means nothing or locks a host out.
    strictTransportSecurity: tls ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" },
    xFrameOptions: { action: "deny" },
  });
}

/** Security headers for each response; `development` relaxes the CSP only as far as Vite's dev server needs. */
export function securityHeaders({ development }: { development: boolean }) {
  const plain = headersFor({ tls: false, development });
  const tls = headersFor({ tls: true, development });
  // req.secure is true for HTTPS, directly or through a trusted proxy's X-Forwarded-Proto.
  return (req: Request, res: Response, next: NextFunction) => (req.secure ? tls : plain)(req, res, next);
}
