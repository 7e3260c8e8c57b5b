import { useEffect } from "react";
import { typing } from "./use-triage-keys";

/** The attribute marking each queue row's link: j / k move the focus between these. */
export const QUEUE_LINK_ATTRIBUTE = "data-queue-link";

/** j / k move the focus down and up the rows of the list with this id (to each row's claim link), so
 *  Enter opens the focused claim. Ignored while typing in a field or with a modifier held. */
export function useQueueKeys(listId: string) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      if (event.key !== "j" && event.key !== "k") return;
      const links = Array.from(document.querySelectorAll<HTMLElement>(`#${listId} [${QUEUE_LINK_ATTRIBUTE}]`));
      if (links.length === 0) return;
      event.preventDefault();
      const focused = links.findIndex((link) => link.closest("li")?.contains(document.activeElement));
      const step = event.key === "j" ? 1 : -1;
      const next = focused === -1 ? 0 : Math.min(links.length - 1, Math.max(0, focused + step));
      links[next]?.focus();
      links[next]?.scrollIntoView({ block: "nearest" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [listId]);
}
