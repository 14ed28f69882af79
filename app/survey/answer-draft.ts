import type { AnswerValues } from "./resident-survey";

/** Answers kept on the phone until they are sent, so a reload or a lost tab loses nothing. */
export interface AnswerDraft {
  idempotencyKey: string;
  page: number;
  values: AnswerValues;
}

const storageKey = (surveyId: string) => `balss.draft.${surveyId}`;

export function loadDraft(surveyId: string): AnswerDraft | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey(surveyId)) ?? "null") as AnswerDraft | null;
    return stored && typeof stored.idempotencyKey === "string" && stored.values ? stored : null;
  } catch {
    return null; // storage disabled or corrupted: answering still works, only without a draft
  }
}

export function saveDraft(surveyId: string, draft: AnswerDraft) {
  try {
    window.localStorage.setItem(storageKey(surveyId), JSON.stringify(draft));
  } catch {
    // full or disabled storage: nothing to do
  }
}

export function clearDraft(surveyId: string) {
  try {
    window.localStorage.removeItem(storageKey(surveyId));
  } catch {
    // disabled storage: nothing was kept
  }
}
