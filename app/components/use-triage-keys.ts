import { useEffect, useRef } from "react";

export interface TriageKeyHandlers {
  next(): void;
  previous(): void;
  accept(): void;
  dismiss(): void;
  toggle(): void;
  undo(): void;
}

export const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** j / k move through the claims, a accepts, d dismisses (asking why), u undoes the dismissal, x ticks
 *  the claim for a bulk action. Ignored while typing in a field, inside a dialog (the dismiss
 *  question) or with a modifier held, so browser shortcuts keep working. */
export function useTriageKeys(handlers: TriageKeyHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      if (event.target instanceof Element && event.target.closest("dialog")) return;
      const { next, previous, accept, dismiss, toggle, undo } = latest.current;
      const action = { j: next, k: previous, a: accept, d: dismiss, x: toggle, u: undo }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
