import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { readProtectedForm } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName, textDirection } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import { useQuestionDrag } from "~/components/question-drag";
import {
  addQuestion,
  addSection,
  deleteQuestion,
  deleteSection,
  moveQuestion,
  moveQuestionTo,
  type BuilderResult,
} from "~/survey/builder.server";
import { questionTypes } from "~/survey/question-types";
import { builderView } from "~/survey/builder-view.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { redirectRunToOriginal } from "~/survey/series.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "view");
  await redirectRunToOriginal(request, params.surveyId!);
  const view = await builderView(params.surveyId!, await resolveUiLanguage(request));
  return json({ ...view, canOrganise: session.user.role !== "EVALUATOR" });
}

const intentSchema = z.object({
  intent: z.enum(["addQuestion", "addSection", "moveUp", "moveDown", "moveTo", "deleteQuestion", "deleteSection"]),
  key: z.string().max(100).default(""),
  section: z.coerce.number().int().default(-1),
});

async function change(surveyId: string, fields: Record<string, unknown>): Promise<BuilderResult> {
  const parsed = intentSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: "builder.unknownQuestion" };
  const { intent, key, section } = parsed.data;
  switch (intent) {
    case "addQuestion":
      return addQuestion(surveyId, fields);
    case "addSection":
      return addSection(surveyId, fields);
    case "moveUp":
    case "moveDown":
      return moveQuestion(surveyId, key, intent === "moveUp" ? "up" : "down");
    case "moveTo":
      return moveQuestionTo(surveyId, fields);
    case "deleteQuestion":
      return deleteQuestion(surveyId, key);
    case "deleteSection":
      return deleteSection(surveyId, section);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  const fields = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result = await change(params.surveyId!, fields);
  if (!result.ok) return json({ ok: false as const, message: result.error, vars: result.vars, intent: fields.intent, added: null }, { status: 400 });
  const added = fields.intent === "addQuestion" && result.key ? result.key : null;
  return json({
    ok: true as const,
    message: (added ? "builder.added" : "builder.done") as MessageKey,
    vars: added ? { key: added } : undefined,
    intent: fields.intent,
    added,
  });
}

export default function Builder() {
  const survey = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = languageName(survey.defaultLanguage);
  const drag = useQuestionDrag(survey.canOrganise);
  const navigation = useNavigation();
  const sending = (intent: string) => navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  // With JavaScript the page is not loaded anew after adding: empty the form as a new page would be.
  const addQuestionForm = useRef<HTMLFormElement>(null);
  const addSectionForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!result?.ok) return;
    if (result.intent === "addQuestion") addQuestionForm.current?.reset();
    if (result.intent === "addSection") addSectionForm.current?.reset();
  }, [result]);
  const addedQuestion = result?.added ? survey.sections.flatMap((s) => s.questions).find((q) => q.key === result.added) : undefined;
  return (
    <>
      <p>
        <Link to={`/surveys/${survey.id}`}>←</Link>
      </p>
      <h1>{t("builder.title")}</h1>
      <p>
        <Link to={`/surveys/${survey.id}/translations`}>{t("translations.open")}</Link>
      </p>
      {result ? (
        <p className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          {t(result.message, result.vars)}
          {addedQuestion?.incomplete ? (
            <>
              {" "}
              <Link to={`/surveys/${survey.id}/questions/${addedQuestion.key}`}>
                {t(addedQuestion.type === "LIKERT_MATRIX" ? "builder.writeStatements" : "builder.writeOptions", { key: addedQuestion.key })}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      {drag.ready ? <p className="hint">{t("builder.dragHint")}</p> : null}
      {survey.sections.map((section, pageIndex) => (
        <section key={section.position} aria-labelledby={`page-${section.position}`} className="builder-page">
          <h2 id={`page-${section.position}`}>
            {t("builder.page", { number: pageIndex + 1 })}: {section.title}
          </h2>
          <ol className="builder-questions" start={(section.questions[0]?.index ?? 0) + 1}>
            {section.questions.map((q) => (
              <li key={q.key} {...drag.itemProps(q.key, q.index)}>
                <span className="code">{q.key}</span>{" "}
                {survey.canOrganise ? <Link to={`/surveys/${survey.id}/questions/${q.key}`}>{q.text}</Link> : q.text}{" "}
                <QuestionFacts question={q} />
                {survey.canOrganise ? (
                  <Form method="post" className="inline-form">
                    <CsrfInput />
                    <input type="hidden" name="key" value={q.key} />
                    <button type="submit" name="intent" value="moveUp" className="button" aria-label={t("builder.moveUp", { question: q.key })}>
                      ↑
                    </button>
                    <button type="submit" name="intent" value="moveDown" className="button" aria-label={t("builder.moveDown", { question: q.key })}>
                      ↓
                    </button>
                    <button type="submit" name="intent" value="deleteQuestion" className="button">
                      {t("builder.delete", { question: q.key })}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
          {survey.canOrganise && section.questions.length === 0 ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="section" value={section.position} />
              <button type="submit" name="intent" value="deleteSection" className="button">
                {t("builder.deleteSection")}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
      {survey.canOrganise ? (
        <>
          <h2 id="add-question">{t("builder.addQuestion")}</h2>
          <p className="hint">{t("builder.translateHint")}</p>
          <Form method="post" className="narrow-form" aria-labelledby="add-question" ref={addQuestionForm}>
            <CsrfInput />
            <div className="field">
              <label htmlFor="new-text">{t("builder.questionText", { language })}</label>
              <input id="new-text" name="text" maxLength={1000} lang={survey.defaultLanguage} dir={textDirection(survey.defaultLanguage)} />
            </div>
            <div className="field">
              <label htmlFor="new-type">{t("builder.type")}</label>
              <select id="new-type" name="type">
                {questionTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`type.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="new-section">{t("builder.onPage")}</label>
              <select id="new-section" name="section" defaultValue={survey.sections.at(-1)?.position}>
                {survey.sections.map((section, pageIndex) => (
                  <option key={section.position} value={section.position}>
                    {t("builder.page", { number: pageIndex + 1 })}: {section.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" name="intent" value="addQuestion" className="button primary" disabled={sending("addQuestion")}>
              {t("builder.add")}
            </button>
          </Form>
          <h2 id="add-section">{t("builder.addSection")}</h2>
          <Form method="post" className="narrow-form" aria-labelledby="add-section" ref={addSectionForm}>
            <CsrfInput />
            <div className="field">
              <label htmlFor="new-section-title">{t("builder.sectionTitle", { language })}</label>
              <input id="new-section-title" name="title" maxLength={1000} lang={survey.defaultLanguage} dir={textDirection(survey.defaultLanguage)} />
            </div>
            <button type="submit" name="intent" value="addSection" className="button" disabled={sending("addSection")}>
              {t("builder.add")}
            </button>
          </Form>
        </>
      ) : null}
    </>
  );
}

type ListedQuestion = ReturnType<typeof useLoaderData<typeof loader>>["sections"][number]["questions"][number];

/** Under a question in the list: its type, required or not, demographic, its condition in words. */
function QuestionFacts({ question }: { question: ListedQuestion }) {
  const { t } = useTranslation();
  const facts = [t(`type.${question.type}`), t(question.required ? "builder.required" : "builder.optional")];
  if (question.demographic) facts.push(t("builder.demographic"));
  if (question.indicators) {
    facts.push(question.type === "LIKERT_MATRIX" ? t("indicators.statementsMarked", { count: question.indicators }) : t("indicators.questionMarked"));
  }
  if (question.showIf) {
    const { question: key, option, includes } = question.showIf;
    facts.push(t(includes ? "builder.showIfIncludes" : "builder.showIfIs", { question: key, option }));
  }
  if (question.incomplete) facts.push(t(question.type === "LIKERT_MATRIX" ? "builder.noStatementsYet" : "builder.noOptionsYet"));
  return <span className="hint question-facts">{facts.join(" · ")}</span>;
}
