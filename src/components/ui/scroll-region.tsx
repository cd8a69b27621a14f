import type { ReactNode } from "react";

/** A wide table's horizontal scroller, reachable and scrollable by keyboard (WCAG: scrollable region focusable). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto focus-visible:outline-3">
      {children}
    </div>
  );
}
