import { Form, useNavigation } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { loadDraft, saveDraft, type AnswerDraft } from "~/survey/answer-draft";
import { allQuestions, visibleQuestionKeys } from "~/survey/conditions";
import type { AnswerValues, ResidentQuestion, ResidentSurvey } from "~/survey/resident-survey";
import type { AnswerStep } from "~/survey/answer-steps.server";
import type { Translate } from "~/i18n/translate";
import { questionId } from "./field-props";
import { QuestionField } from "./question-field";

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

function notesFor(question: ResidentQuestion, byKey: Map<string, ResidentQuestion>, t: Translate): string[] {
  const notes = question.help ? [question.help] : [];
  if (question.type === "RATING" && question.lowLabel && question.highLabel) {
    notes.push(t("answer.ratingScale", { low: question.lowLabel, high: question.highLabel }));
  }
  if (question.type === "NUMBER" && question.min !== undefined && question.max !== undefined) {
    notes.push(t("answer.numberRange", { min: question.min, max: question.max }));
  }
  if (question.showIf) {
    const parent = byKey.get(question.showIf.question);
    const option = parent?.options.find((o) => o.value === question.showIf?.option);
    if (parent && option) notes.push(t("answer.conditionHint", { question: parent.text, option: option.label }));
  }
  return notes;
}

export function AnswerForm({ survey, action, freshKey, step, keepDraft = true }: AnswerFormProps) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle";
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

  function setValue(name: string, value: string[]) {
    setDraft((current) => ({ ...current, values: { ...current.values, [name]: value } }));
  }

  return (
    <Form method="post" action={action} noValidate className="answer-form">
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
              notes={notesFor(question, questionsByKey, t)}
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
