import type { ReactNode } from "react";

/** What an action just did, announced to screen readers without taking the focus. */
export function StatusBanner({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
