import { useCallback, useEffect, useRef, useState } from "react";

/** Which claim of the article page is selected. Selecting happens in the browser, with no request: the
 *  address keeps the selection (`?claim=`) so a reload or a shared link shows it, and after an action
 *  the server's choice (`loaded`, e.g. the next candidate) wins. `step` moves through `ordered`. */
export function useClaimSelection(ordered: { id: number }[], loaded: number | null) {
  const [selectedId, setSelectedId] = useState(loaded);
  const [lastLoaded, setLastLoaded] = useState(loaded);
  if (loaded !== lastLoaded) {
    setLastLoaded(loaded);
    setSelectedId(loaded);
  }
  const scrollToSelection = useRef(false);

  useEffect(() => {
    const address = new URL(window.location.href);
    const shown = selectedId === null ? null : String(selectedId);
    if (address.searchParams.get("claim") !== shown) {
      if (shown === null) address.searchParams.delete("claim");
      else address.searchParams.set("claim", shown);
      address.hash = "";
      window.history.replaceState(window.history.state, "", address);
    }
    if (scrollToSelection.current && selectedId !== null) {
      scrollToSelection.current = false;
      document.getElementById(`claim-${selectedId}`)?.scrollIntoView({ block: "nearest" });
    }
  }, [selectedId]);

  const select = useCallback((id: number | null) => setSelectedId(id), []);
  const step = useCallback(
    (by: number) => {
      if (ordered.length === 0) return;
      scrollToSelection.current = true;
      setSelectedId((current) => {
        const index = ordered.findIndex((claim) => claim.id === current);
        const next = ordered[index === -1 ? 0 : Math.min(ordered.length - 1, Math.max(0, index + by))];
        return next?.id ?? current;
      });
    },
    [ordered],
  );
  return { selectedId, select, step };
}
