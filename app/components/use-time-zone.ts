import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_TIME_ZONE } from "~/domain/format";
import type { loader as rootLoader } from "~/root";

/** The newsroom's time zone (NEWSROOM_TZ), the same on the server's render and in the browser. */
export function useTimeZone(): string {
  return useRouteLoaderData<typeof rootLoader>("root")?.timeZone ?? DEFAULT_TIME_ZONE;
}
