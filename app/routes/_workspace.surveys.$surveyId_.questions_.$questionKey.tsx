import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm } from "~/auth/authorize.server";
import { FieldError } from "~/components/field-error";
import { CsrfInput } from "~/components/workspace-shell";
import { languageNames } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { BuilderResult } from "~/survey/builder.server";
import {
  addChoice,
  changeQuestionType,
  compatibleTypes,
  deleteChoice,
  loadQuestion,
  saveQuestion,
  scalePoints,
  scaleSizes,
} from "~/survey/question-editor.server";
import { requireSurvey } from "~/survey/require-survey.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

const asText = (value: unknown) => (value ?? {}) as Record<string, string>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "organise");
  const { survey, question, conditionChoices } = await loadQuestion(params.surveyId!, params.questionKey);
  const settings = question.settings as Record<string, unknown>;
  const label = (value: unknown) => pickText(value, survey.defaultLanguage, survey.defaultLanguage);
  const points = scalePoints(question);
  return json({
    surveyId: survey.id,
    languages: survey.languages,
    types: compatibleTypes(question.type),
    points,
    pointChoices: points === null ? [...scaleSizes] : [...new Set([points, ...scaleSizes])].sort((a, b) => a - b),
    hasAnswers: question._count.answers > 0,
    question: {
      key: question.key,
      type: question.type,
      required: question.required,
      demographic: question.demographic,
      text: asText(question.text),
      help: asText(question.help),
      min: settings.min === undefined ? "" : String(settings.min),
      max: settings.max === undefined ? "" : String(settings.max),
      lowLabel: asText(settings.lowLabel),
      highLabel: asText(settings.highLabel),
      options: question.options.map((o) => ({ value: o.value, label: asText(o.label) })),
      statements: question.statements.map((s) => ({ key: s.key, text: asText(s.text) })),
      condition: question.conditionQuestion && question.conditionOption ? `${question.conditionQuestion.key}=${question.conditionOption.value}` : "",
    },
    conditionChoices: conditionChoices.flatMap((q) =>
      q.options.map((o) => ({ value: `${q.key}=${o.value}`, label: `${q.key}: ${label(q.text)} = ${label(o.label)}` })),
    ),
  });
}

// Adding and deleting options are buttons of the same form, so whatever was typed is saved
// first and nothing is lost (also without JavaScript).
export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const [intent = "save", choice = ""] = String(form.intent ?? "save").split(":");
  let result: BuilderResult & { field?: string } =
    intent === "changeType"
      ? await changeQuestionType(await loadQuestion(params.surveyId!, params.questionKey), form)
      : await saveQuestion(await loadQuestion(params.surveyId!, params.questionKey), form, session.user.id);
  if (result.ok && intent !== "save" && intent !== "changeType") {
    const loaded = await loadQuestion(params.surveyId!, params.questionKey);
    const kind = intent.endsWith("Statement") ? "statement" : "option";
    result = intent.startsWith("add") ? await addChoice(loaded, kind) : await deleteChoice(loaded, kind, choice);
  }
  const field = result.field ?? null;
  return json(
    result.ok ? { ok: true as const, message: "builder.done" as MessageKey, field } : { ok: false as const, message: result.error, field },
    { status: result.ok ? 200 : 400 },
  );
}

export default function EditQuestion() {
  const { surveyId, languages, question, conditionChoices, types, points, pointChoices, hasAnswers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const name = (lang: string) => languageNames[lang] ?? lang;
  const error = (field: string) => (result && !result.ok && result.field?.startsWith(field) ? result.message : undefined);
  const perLanguage = (prefix: string, label: MessageKey | ((lang: string) => string), values: Record<string, string>, long = false) =>
    languages.map((lang) => {
      const id = `${prefix}_${lang}`;
      const text = typeof label === "string" ? t(label, { language: name(lang) }) : label(lang);
      return (
        <div className="field" key={id}>
          <label htmlFor={id}>{text}</label>
          {long ? (
            <textarea id={id} name={id} lang={lang} rows={2} maxLength={2000} defaultValue={values[lang] ?? ""} />
          ) : (
            <input id={id} name={id} lang={lang} maxLength={1000} defaultValue={values[lang] ?? ""} />
          )}
        </div>
      );
    });
  return (
    <>
      <p>
        <Link to={`/surveys/${surveyId}/questions`}>←</Link>
      </p>
      <h1>{t("builder.editQuestion", { key: question.key })}</h1>
      <p className="hint">{t(`type.${question.type}`)}</p>
      {result ? (
        <p className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          {t(result.message)}
        </p>
      ) : null}
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        {perLanguage("text", "builder.text", question.text)}
        <FieldError id="text-error" error={error("text")} />
        {perLanguage("help", "builder.help", question.help, true)}
        <div className="option">
          <input type="checkbox" id="required" name="required" defaultChecked={question.required} />
          <label htmlFor="required">{t("builder.isRequired")}</label>
        </div>
        {["SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT"].includes(question.type) ? (
          <div className="option">
            <input type="checkbox" id="demographic" name="demographic" defaultChecked={question.demographic} />
            <label htmlFor="demographic">{t("builder.isDemographic")}</label>
          </div>
        ) : null}
        {question.type === "NUMBER" ? (
          <>
            {(["min", "max"] as const).map((field) => (
              <div className="field" key={field}>
                <label htmlFor={field}>{t(`builder.${field}`)}</label>
                <input id={field} name={field} inputMode="decimal" maxLength={20} defaultValue={question[field]} />
                <FieldError id={`${field}-error`} error={error(field)} />
              </div>
            ))}
          </>
        ) : null}
        {question.type === "RATING" ? (
          <>
            {perLanguage("lowLabel", "builder.lowLabel", question.lowLabel)}
            {perLanguage("highLabel", "builder.highLabel", question.highLabel)}
          </>
        ) : null}
        {question.options.length ? (
          <fieldset className="question">
            <legend>{t("builder.options")}</legend>
            {question.options.map((option) => (
              <div key={option.value} className="choice-editor">
                {perLanguage(`option_${option.value}`, (lang) => t("builder.optionLabel", { value: option.value, language: name(lang) }), option.label)}
              </div>
            ))}
          </fieldset>
        ) : null}
        {question.statements.length ? (
          <fieldset className="question">
            <legend>{t("builder.statements")}</legend>
            {question.statements.map((statement) => (
              <div key={statement.key} className="choice-editor">
                {perLanguage(`statement_${statement.key}`, (lang) => t("builder.optionLabel", { value: statement.key, language: name(lang) }), statement.text)}
              </div>
            ))}
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor="condition">{t("builder.condition")}</label>
          <select id="condition" name="condition" defaultValue={question.condition}>
            <option value="">{t("builder.always")}</option>
            {conditionChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <FieldError id="condition-error" error={error("condition")} />
        </div>
        <button type="submit" name="intent" value="save" className="button primary">
          {t("builder.save")}
        </button>
        {question.options.length || question.statements.length ? (
          <div className="language-forms">
            {question.options.length ? (
              <button type="submit" name="intent" value="addOption" className="button">
                {t("builder.addOption")}
              </button>
            ) : null}
            {question.type === "LIKERT_MATRIX" ? (
              <button type="submit" name="intent" value="addStatement" className="button">
                {t("builder.addStatement")}
              </button>
            ) : null}
            {question.options.map((option) => (
              <button key={option.value} type="submit" name="intent" value={`deleteOption:${option.value}`} className="button">
                {t("builder.deleteChoice", { value: option.value })}
              </button>
            ))}
            {question.statements.map((statement) => (
              <button key={statement.key} type="submit" name="intent" value={`deleteStatement:${statement.key}`} className="button">
                {t("builder.deleteChoice", { value: statement.key })}
              </button>
            ))}
          </div>
        ) : null}
      </Form>
      <TypeForm types={types} points={points} pointChoices={pointChoices} hasAnswers={hasAnswers} error={error} />
    </>
  );
}

/** Changing the type or the scale: offered only among compatible types, refused once answers exist. */
function TypeForm({
  types,
  points,
  pointChoices,
  hasAnswers,
  error,
}: {
  types: string[];
  points: number | null;
  pointChoices: number[];
  hasAnswers: boolean;
  error: (field: string) => MessageKey | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="change-type">{t("builder.changeType")}</h2>
      <p className="hint" id="change-type-hint">
        {t(hasAnswers ? "builder.typeHasAnswers" : points === null ? "builder.changeTypeHint" : "builder.changeScaleHint")}
      </p>
      <Form method="post" noValidate className="narrow-form" aria-labelledby="change-type" aria-describedby="change-type-hint">
        <CsrfInput />
        <div className="field">
          <label htmlFor="type">{t("builder.type")}</label>
          <select id="type" name="type" defaultValue={types[0]} aria-describedby={error("type") ? "type-error" : undefined}>
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
          <FieldError id="type-error" error={error("type")} />
        </div>
        {points !== null ? (
          <div className="field">
            <label htmlFor="points">{t("builder.points")}</label>
            <select id="points" name="points" defaultValue={points} aria-describedby={error("points") ? "points-error" : undefined}>
              {pointChoices.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <FieldError id="points-error" error={error("points")} />
          </div>
        ) : null}
        <button type="submit" name="intent" value="changeType" className="button">
          {t("builder.changeTypeSubmit")}
        </button>
      </Form>
    </>
  );
}
