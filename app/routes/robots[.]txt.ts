import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/.server/http/public-url";

// The desk is for staff (it asks them to sign in); crawlers get the ledger and its sitemap.
const DESK = ["/articles", "/claims", "/queue", "/admin", "/imports", "/speakers", "/api", "/check", "/login"];

// GET /robots.txt
export async function loader({ request }: LoaderFunctionArgs) {
  const body = [
    "User-agent: *",
    ...DESK.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${publicOrigin(request)}/sitemap.xml`,
  ];
  return new Response(`${body.join("\n")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
