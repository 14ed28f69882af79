import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on its own on a narrow screen, rather than the page. It can
 * take the keyboard's focus (so it can be scrolled without a pointer) and is named by `label`.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A focusable region is how keyboard users scroll it (WCAG 2.1.1); the region's name says which table.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
