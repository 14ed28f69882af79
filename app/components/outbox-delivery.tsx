import { useNavigate } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { clearDraft } from "~/survey/answer-draft";
import { outboxEntries, removeFromOutbox, sendEntry } from "~/survey/answer-outbox";

type DeliveryState = "idle" | "waiting" | "sent";

/** Tells the page's delivery that the form has just left answers in the outbox. */
export const outboxEvent = "balss:outbox";

// One delivery at a time per page, whoever starts it (the form or the page shell).
let delivering: Promise<void> | null = null;

/**
 * Sends what waits in the outbox, retrying with a growing pause (1 s doubling to 30 s) and at
 * once when the phone is back online. `onSent` gets the thank-you address of each sent entry.
 */
export function useOutboxDelivery(onSent?: (redirect: string) => void) {
  const [state, setState] = useState<DeliveryState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const delay = useRef(1000);
  const sentCallback = useRef(onSent);
  sentCallback.current = onSent;

  const deliver = useCallback(async () => {
    clearTimeout(timer.current);
    delivering ??= (async () => {
      for (const entry of outboxEntries()) {
        const outcome = await sendEntry(entry);
        if (outcome.kind === "retry") continue;
        removeFromOutbox(entry.key);
        if (outcome.kind === "sent") {
          clearDraft(entry.surveyId);
          setState("sent");
          sentCallback.current?.(outcome.redirect);
        }
      }
    })().finally(() => (delivering = null));
    await delivering;
    if (outboxEntries().length) {
      setState("waiting");
      timer.current = setTimeout(() => void deliver(), delay.current);
      delay.current = Math.min(delay.current * 2, 30_000);
    }
  }, []);

  useEffect(() => {
    const now = () => {
      delay.current = 1000;
      void deliver();
    };
    window.addEventListener("online", now);
    window.addEventListener(outboxEvent, now);
    if (outboxEntries().length) void deliver();
    return () => {
      window.removeEventListener("online", now);
      window.removeEventListener(outboxEvent, now);
      clearTimeout(timer.current);
    };
  }, [deliver]);

  return { state, deliver };
}

/** On every resident page: answers left waiting on a previous visit are sent, and the resident told. */
export function OutboxStatus() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state } = useOutboxDelivery((redirect) => navigate(redirect));
  if (state === "idle") return null;
  return (
    <p className="notice" role="status" data-testid="outbox-status">
      {state === "waiting" ? t("answer.savedOnPhone") : t("answer.sentFromPhone")}
    </p>
  );
}
