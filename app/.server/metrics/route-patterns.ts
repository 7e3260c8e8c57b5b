import type { ServerBuild } from "@remix-run/node";

// Request metrics are labelled with the route pattern a request matched (/claims/:claimId), never
// with its path (/claims/8812): one series per route, however many claims there are.

export const NO_ROUTE = "(no route)";
const STATIC_ASSETS = "/assets/*";

type Segment = { kind: "static"; text: string } | { kind: "param"; optional: boolean } | { kind: "splat" };

interface Pattern {
  pattern: string;
  segments: Segment[];
  score: number;
}

function parsePattern(pattern: string): Pattern {
  const segments: Segment[] = pattern
    .split("/")
    .filter(Boolean)
    .map((part) => {
      if (part === "*") return { kind: "splat" };
      if (part.startsWith(":")) return { kind: "param", optional: part.endsWith("?") };
      return { kind: "static", text: part.toLowerCase() };
    });
  // As React Router ranks them: a fixed word beats a parameter, which beats the rest of the path.
  const weights = { static: 10, param: 3, splat: -2 } as const;
  const score = segments.reduce((sum, segment) => sum + weights[segment.kind], 0);
  return { pattern, segments, score };
}

function matches(segments: Segment[], parts: string[]): boolean {
  const [segment, ...restSegments] = segments;
  if (!segment) return parts.length === 0;
  if (segment.kind === "splat") return true;
  const [part, ...restParts] = parts;
  if (segment.kind === "param" && segment.optional && matches(restSegments, parts)) return true;
  if (part === undefined) return false;
  if (segment.kind === "static" && segment.text !== part.toLowerCase()) return false;
  return matches(restSegments, restParts);
}

/** Every URL pattern of the app's routes, from the Remix build's route table. */
export function routePatternsOf(build: ServerBuild): string[] {
  const routes = build.routes;
  const fullPath = (id: string): string => {
    const route = routes[id];
    if (!route) return "";
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return route.path ? `${parent}/${route.path}`.replace(/\/+/g, "/") : parent;
  };
  const patterns = Object.values(routes)
    .filter((route) => route && (route.path !== undefined || route.index))
    .map((route) => fullPath((route as { id: string }).id) || "/");
  return [...new Set(patterns)];
}

/** Finds the pattern a request path belongs to; its single-fetch data requests (/x.data) count as /x. */
export function routeMatcher(patterns: string[]): (path: string) => string {
  const parsed = patterns.map(parsePattern).sort((a, b) => b.score - a.score);
  return (path) => {
    let page = path;
    if (page.endsWith(".data")) page = page === "/_root.data" ? "/" : page.slice(0, -".data".length);
    const parts = page.split("/").filter(Boolean);
    const found = parsed.find((candidate) => matches(candidate.segments, parts));
    if (found) return found.pattern;
    return page.startsWith("/assets/") ? STATIC_ASSETS : NO_ROUTE;
  };
}
