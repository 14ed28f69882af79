/**
 * Finished questionnaires waiting on the phone to be sent. An entry is written before the
 * first attempt and removed only when the server's receipt (its redirect to the thank-you
 * page) arrives, so a lost connection, a 503 or a closed tab loses nothing; the idempotency
 * key in the entry makes every retry count once.
 */
export interface OutboxEntry {
  key: string;
  surveyId: string;
  /** The answering form's action, e.g. /s/DAUGAV/answer?lang=lv */
  url: string;
  /** The form as urlencoded text (intent=submit and every answer). */
  body: string;
  savedAt: number;
}

const storageKey = "balss.outbox";
const routeId = "routes/s.$code.answer";

export function outboxEntries(): OutboxEntry[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? "[]") as OutboxEntry[];
    return Array.isArray(stored) ? stored.filter((e) => typeof e?.key === "string" && typeof e.body === "string") : [];
  } catch {
    return [];
  }
}

function store(entries: OutboxEntry[]) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // storage full or disabled: the answers are sent straight away or not at all
  }
}

export function keepInOutbox(entry: OutboxEntry) {
  store([...outboxEntries().filter((e) => e.key !== entry.key), entry]);
}

export function removeFromOutbox(key: string) {
  store(outboxEntries().filter((e) => e.key !== key));
}

export type SendOutcome = { kind: "sent"; redirect: string } | { kind: "retry" } | { kind: "rejected" };

/** One attempt. Network failures, 409 (still being written), 429 and 5xx are worth retrying. */
export async function sendEntry(entry: OutboxEntry): Promise<SendOutcome> {
  try {
    const url = `${entry.url}${entry.url.includes("?") ? "&" : "?"}_data=${encodeURIComponent(routeId)}`;
    const response = await fetch(url, {
      method: "POST",
      body: entry.body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      credentials: "same-origin",
    });
    const redirect = response.headers.get("X-Remix-Redirect");
    if (redirect) return { kind: "sent", redirect };
    if (response.status === 409 || response.status === 429 || response.status >= 500) return { kind: "retry" };
    return { kind: "rejected" };
  } catch {
    return { kind: "retry" };
  }
}
