import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes keyboard focus and
 * is a named group, so it can be scrolled without a mouse and a screen reader says what it
 * holds; a group, not a region, so it adds no landmark of the same name as its section.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
