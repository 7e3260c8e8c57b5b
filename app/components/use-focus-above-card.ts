import { type RefObject, useEffect } from "react";

/** While the card is fixed over the lower screen (the selected claim's, on a phone), a control that
 *  the keyboard reaches outside it is scrolled up clear of it, so the focus is never hidden under the
 *  card (WCAG 2.4.11). The browser scrolls a focused control only when it is off screen, and these
 *  are on screen, under the card. */
export function useFocusAboveCard(cardRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const card = cardRef.current;
      const target = event.target;
      if (!card || !(target instanceof Element) || card.contains(target)) return;
      if (getComputedStyle(card).position !== "fixed") return;
      const hidden = target.getBoundingClientRect().bottom - card.getBoundingClientRect().top;
      // A little room above the card for the focus ring (3px, 2px off the control).
      if (hidden > 0) window.scrollBy({ top: hidden + 12 });
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [cardRef]);
}
