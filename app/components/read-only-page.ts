import { useMatches } from "@remix-run/react";

/** The handle of a route that is a plain document (links and GET forms only): it is sent without
 *  scripts or hydration data, so a reader downloads a fraction of it and it works the same. Its links
 *  and forms are plain `<a>` and `<form>`: with no router in the browser, Remix's Link and Form would
 *  render the same markup and add about 15 % to an uncached page's server time. */
export const READ_ONLY_PAGE = { hydrate: false } as const;

/** Whether a page made of routes with these handles needs its scripts: none of them is READ_ONLY_PAGE. */
export function pageHydrates(handles: readonly unknown[]): boolean {
  return !handles.some((handle) => (handle as { hydrate?: boolean } | undefined)?.hydrate === false);
}

/** Whether the page being rendered needs its scripts. */
export function useHydrates(): boolean {
  return pageHydrates(useMatches().map((match) => match.handle));
}
