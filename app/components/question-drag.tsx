import { useSubmit } from "@remix-run/react";
import { useEffect, useState, type DragEvent } from "react";
import { useWorkspace } from "./workspace-shell";

/**
 * Dragging questions in the builder, on top of the move up/down buttons (which stay the way
 * for keyboards, touch screens and browsers without JavaScript). Dropping a question on
 * another submits the builder's "moveTo" action: it takes that question's place.
 * Until the page is hydrated (or without JavaScript) nothing is draggable.
 */
export function useQuestionDrag(enabled: boolean) {
  const submit = useSubmit();
  const { csrf } = useWorkspace();
  const [ready, setReady] = useState(false);
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  useEffect(() => setReady(enabled), [enabled]);

  const itemProps = (key: string, index: number) => {
    if (!ready) return {};
    return {
      draggable: true,
      className: over === key && dragged && dragged !== key ? "drop-target" : undefined,
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.setData("text/plain", key);
        event.dataTransfer.effectAllowed = "move";
        setDragged(key);
      },
      onDragOver: (event: DragEvent) => {
        if (!dragged) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(key);
      },
      onDragLeave: () => setOver((current) => (current === key ? null : current)),
      onDragEnd: () => {
        setDragged(null);
        setOver(null);
      },
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        const from = dragged;
        setDragged(null);
        setOver(null);
        if (from && from !== key) submit({ csrf, intent: "moveTo", key: from, position: String(index) }, { method: "post" });
      },
    };
  };
  return { ready, itemProps };
}
