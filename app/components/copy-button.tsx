import { useEffect, useState } from "react";
import { secondaryButtonClass } from "./form-field";

/** Copies the value of the text field `targetId` to the clipboard and says so ("Copied") to screen
 *  readers through a live region. Rendered once JavaScript runs: without it the field stays there to
 *  select and copy by hand. */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [hydrated, setHydrated] = useState(false);
  const [said, setSaid] = useState("");
  useEffect(() => setHydrated(true), []);

  async function copy() {
    const field = document.getElementById(targetId);
    if (!(field instanceof HTMLInputElement)) return;
    try {
      await navigator.clipboard.writeText(field.value);
      setSaid("Copied");
    } catch {
      // No clipboard access (an insecure address, a denied permission): leave it selected to copy by hand.
      field.focus();
      field.select();
      setSaid("Could not copy: it is selected, press Ctrl+C or ⌘C");
    }
  }

  if (!hydrated) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={secondaryButtonClass}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm font-medium">
        {said}
      </span>
    </span>
  );
}
