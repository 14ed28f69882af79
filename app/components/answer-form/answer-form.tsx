import { Form, useNavigate, useNavigation, useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { clearDraft, loadDraft, saveDraft, type AnswerDraft } from "~/survey/answer-draft";
import { keepInOutbox, removeFromOutbox, sendEntry } from "~/survey/answer-outbox";
import { outboxEvent } from "../outbox-delivery";
import { allQuestions, visibleQuestionKeys } from "~/survey/conditions";
import type { AnswerValues, ResidentQuestion, ResidentSurvey } from "~/survey/resident-survey";
import type { AnswerStep } from "~/survey/answer-steps.server";
import type { Translate } from "~/i18n/translate";
import { questionId } from "./field-props";
import { QuestionField } from "./question-field";
import { typedBounds } from "./typed-bounds";

interface AnswerFormProps {
  survey: ResidentSurvey;
  action: string;
  /** A new key for a form shown for the first time. */
  freshKey: string;
  /** The server's answer to the previous step, when there was one. */
  step: AnswerStep | undefined;
  /** Keep the answers on the phone until they are sent; off for the organiser's preview. */
  keepDraft?: boolean;
}

function notesFor(question: ResidentQuestion, byKey: Map<string, ResidentQuestion>, t: Translate, lang: string): string[] {
  const notes = question.help ? [question.help] : [];
  if (question.type === "RATING" && question.lowLabel && question.highLabel) {
    notes.push(t("answer.ratingScale", { low: question.lowLabel, high: question.highLabel }));
  }
  if (question.type === "NUMBER" && question.min !== undefined && question.max !== undefined) {
    notes.push(t("answer.numberRange", typedBounds({ min: question.min, max: question.max }, lang)));
  }
  if (question.showIf) {
    const parent = byKey.get(question.showIf.question);
    const option = parent?.options.find((o) => o.value === question.showIf?.option);
    if (parent && option) notes.push(t("answer.conditionHint", { question: parent.text, option: option.label }));
  }
  return notes;
}

export function AnswerForm({ survey, action, freshKey, step, keepDraft = true }: AnswerFormProps) {
  const { t, uiLanguage } = useTranslation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const submit = useSubmit();
  const [sending, setSending] = useState(false);
  const busy = navigation.state !== "idle" || sending;
  const [draft, setDraft] = useState<AnswerDraft>(() => ({
    idempotencyKey: step?.idempotencyKey ?? freshKey,
    page: step?.page ?? 0,
    values: step?.values ?? {},
  }));
  const [restored, setRestored] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const draftChanged = useRef(false);
  const shownPage = useRef(draft.page);

  // A reload starts from the answers kept on the phone, with the same idempotency key.
  useEffect(() => {
    if (step || !keepDraft) return;
    const kept = loadDraft(survey.id);
    if (kept && Object.keys(kept.values).length) {
      setDraft({ ...kept, page: Math.min(kept.page, survey.sections.length - 1) });
      setRestored(true);
    }
    // Only on the first showing of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (step) setDraft((current) => ({ ...current, page: step.page, idempotencyKey: step.idempotencyKey }));
  }, [step]);

  useEffect(() => {
    // The first render only shows what is already known; save from the first change on.
    if (draftChanged.current && keepDraft) saveDraft(survey.id, draft);
    draftChanged.current = true;
  }, [draft, survey.id, keepDraft]);

  // A new page moves focus to its heading, so screen readers start reading there.
  useEffect(() => {
    if (shownPage.current === draft.page) return;
    shownPage.current = draft.page;
    headingRef.current?.focus();
  }, [draft.page]);

  const questionsByKey = useMemo(() => new Map(allQuestions(survey).map((q) => [q.key, q])), [survey]);
  const visible = visibleQuestionKeys(survey, draft.values);
  const section = survey.sections[draft.page] ?? survey.sections[0]!;
  const isLastPage = !survey.sections.some((s, i) => i > draft.page && s.questions.some((q) => visible.has(q.key)));
  const isFirstPage = !survey.sections.some((s, i) => i < draft.page && s.questions.some((q) => visible.has(q.key)));
  const errors = step?.errors ?? {};
  const errorKeys = section.questions.map((q) => q.key).filter((key) => errors[key]);
  const pageFields = new Set(section.questions.map((q) => q.key));
  const carriedValues = Object.entries(draft.values).filter(([name]) => !pageFields.has(name.split(".")[1] ?? ""));

  // With JavaScript, the finished form goes into the phone's outbox before it is first sent;
  // if the network or the server fails, the page's delivery keeps retrying (outbox-delivery).
  // Without JavaScript, or for anything but the final submit, the plain form post is used.
  function sendThroughOutbox(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (!keepDraft || !(submitter instanceof HTMLButtonElement) || submitter.value !== "submit") return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("intent", "submit");
    const entry = {
      key: draft.idempotencyKey,
      surveyId: survey.id,
      url: action,
      body: new URLSearchParams(data as unknown as Record<string, string>).toString(),
      savedAt: Date.now(),
    };
    keepInOutbox(entry);
    setSending(true);
    void sendEntry(entry).then((outcome) => {
      setSending(false);
      if (outcome.kind === "retry") {
        window.dispatchEvent(new Event(outboxEvent));
        return;
      }
      removeFromOutbox(entry.key);
      if (outcome.kind === "sent") {
        clearDraft(survey.id);
        navigate(outcome.redirect);
      } else {
        // Refused (an answer to fix): the plain post shows the errors next to the fields.
        submit(data, { method: "post", action });
      }
    });
  }

  function setValue(name: string, value: string[]) {
    setDraft((current) => ({ ...current, values: { ...current.values, [name]: value } }));
  }

  return (
    <Form method="post" action={action} noValidate className="answer-form" onSubmit={sendThroughOutbox}>
      <input type="hidden" name="surveyId" value={survey.id} />
      <input type="hidden" name="idempotencyKey" value={draft.idempotencyKey} />
      <input type="hidden" name="page" value={draft.page} />
      {carriedValues.flatMap(([name, values]: [string, string[]]) =>
        values.map((value, index) => <input key={`${name}:${index}`} type="hidden" name={name} value={value} />),
      )}

      <p className="progress-text" id="progress-text">
        {t("answer.progress", { current: draft.page + 1, total: survey.sections.length })}
      </p>
      <progress max={survey.sections.length} value={draft.page + 1} aria-labelledby="progress-text" />

      {restored ? (
        <p className="notice" role="status">
          {t("answer.draftRestored")}
        </p>
      ) : null}
      {step?.formError || errorKeys.length ? (
        <div className="error-summary" role="alert">
          <p>{step?.formError ? t(step.formError) : t("answer.errorSummary")}</p>
          {errorKeys.length ? (
            <ul>
              {errorKeys.map((key) => (
                <li key={key}>
                  <a href={`#${questionId(key)}`}>{questionsByKey.get(key)?.text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="section-title">
        <h2 id="section-title" ref={headingRef} tabIndex={-1}>
          {section.title}
        </h2>
        {section.questions.map((question) =>
          visible.has(question.key) ? (
            <QuestionField
              key={question.key}
              question={question}
              values={draft.values}
              error={errors[question.key]}
              onChange={setValue}
              notes={notesFor(question, questionsByKey, t, uiLanguage)}
            />
          ) : null,
        )}
      </section>

      <div className="form-actions">
        <button type="submit" name="intent" value={isLastPage ? "submit" : "next"} className="button primary" disabled={busy}>
          {busy ? t("answer.sending") : t(isLastPage ? "answer.submit" : "answer.next")}
        </button>
        {isFirstPage ? null : (
          <button type="submit" name="intent" value="back" className="button" disabled={busy}>
            {t("answer.back")}
          </button>
        )}
      </div>
    </Form>
  );
}
