import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm } from "~/auth/authorize.server";
import { ChoiceFields, DeleteChoiceButtons } from "~/components/choice-fields";
import { FieldError } from "~/components/field-error";
import { IndicatorFields } from "~/components/indicator-fields";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName, textDirection } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { BuilderResult } from "~/survey/builder.server";
import { writtenOptionTypes } from "~/survey/choice-edits";
import {
  changeQuestionType,
  compatibleTypes,
  deleteChoice,
  loadQuestion,
  saveQuestion,
  scalePoints,
  scaleSizes,
} from "~/survey/question-editor.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { redirectRunToOriginal } from "~/survey/series.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

const asText = (value: unknown) => (value ?? {}) as Record<string, string>;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  const { survey, question, conditionChoices } = await loadQuestion(params.surveyId!, params.questionKey);
  const settings = question.settings as Record<string, unknown>;
  // Condition choices in the organiser's own language where the questionnaire has it.
  const uiLanguage = await resolveUiLanguage(request);
  const labelLanguage = survey.languages.includes(uiLanguage) ? uiLanguage : survey.defaultLanguage;
  const label = (value: unknown) => pickText(value, labelLanguage, survey.defaultLanguage);
  const points = scalePoints(question);
  return json({
    surveyId: survey.id,
    languages: survey.languages,
    defaultLanguage: survey.defaultLanguage,
    types: compatibleTypes(question.type),
    points,
    pointChoices: points === null ? [...scaleSizes] : [...new Set([points, ...scaleSizes])].sort((a, b) => a - b),
    hasAnswers: question._count.answers > 0,
    writesOptions: writtenOptionTypes.includes(question.type),
    question: {
      key: question.key,
      type: question.type,
      required: question.required,
      demographic: question.demographic,
      indicator: question.indicator,
      text: asText(question.text),
      help: asText(question.help),
      min: settings.min === undefined ? "" : String(settings.min),
      max: settings.max === undefined ? "" : String(settings.max),
      lowLabel: asText(settings.lowLabel),
      highLabel: asText(settings.highLabel),
      options: question.options.map((o) => ({ id: o.id, value: o.value, label: asText(o.label) })),
      statements: question.statements.map((s) => ({ id: s.id, key: s.key, text: asText(s.text), indicator: s.indicator, label: label(s.text) })),
      condition: question.conditionQuestion && question.conditionOption ? `${question.conditionQuestion.key}=${question.conditionOption.value}` : "",
    },
    conditionChoices: conditionChoices.map((q) => ({
      key: q.key,
      text: label(q.text),
      includes: q.type === "MULTIPLE_CHOICE",
      options: q.options.map((o) => ({ value: `${q.key}=${o.value}`, label: label(o.label) })),
    })),
  });
}

// Deleting an option is a button of the same form, so whatever was typed is saved first and
// nothing is lost (also without JavaScript).
export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  const data = await readProtectedForm(request, session.csrfToken);
  const lines = (name: string) => data.getAll(name).filter((value) => typeof value === "string").join("\n");
  // With JavaScript each new option is a field of its own; without, one text area: lines either way.
  const form: Record<string, unknown> = { ...Object.fromEntries(data), newOptions: lines("newOptions"), newStatements: lines("newStatements") };
  const [intent = "save", choice = ""] = String(form.intent ?? "save").split(":");
  const loaded = await loadQuestion(params.surveyId!, params.questionKey);
  const saved: BuilderResult & { field?: string } =
    intent === "changeType" ? await changeQuestionType(loaded, form) : await saveQuestion(loaded, form, session.user.id);
  if (!saved.ok) {
    // The new lines come back, so that without JavaScript they need not be typed again.
    const unsaved = { newOptions: lines("newOptions"), newStatements: lines("newStatements") };
    return json({ ok: false as const, message: saved.error, vars: saved.vars, field: saved.field ?? null, unsaved }, { status: 400 });
  }
  const deleted =
    intent === "deleteOption" || intent === "deleteStatement"
      ? await deleteChoice(await loadQuestion(params.surveyId!, params.questionKey), intent === "deleteStatement" ? "statement" : "option", choice)
      : saved;
  if (!deleted.ok) return json({ ok: false as const, message: deleted.error, vars: deleted.vars, field: null, unsaved: null }, { status: 400 });
  return json({ ok: true as const, message: "builder.done" as MessageKey, field: null, unsaved: null });
}

export default function EditQuestion() {
  const { surveyId, languages, defaultLanguage, question, conditionChoices, types, points, pointChoices, hasAnswers, writesOptions } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  // New options typed in the fields are saved: the fields start empty again once they are.
  const choiceSignature = [...question.options.map((o) => o.value), ...question.statements.map((s) => s.key)].join(" ");
  const error = (field: string) => (result && !result.ok && result.field?.startsWith(field) ? result.message : undefined);
  const perLanguage = (prefix: string, label: MessageKey | ((lang: string) => string), values: Record<string, string>, long = false) =>
    languages.map((lang) => {
      const id = `${prefix}_${lang}`;
      const text = typeof label === "string" ? t(label, { language: languageName(lang) }) : label(lang);
      return (
        <div className="field" key={id}>
          <label htmlFor={id}>{text}</label>
          {long ? (
            <textarea id={id} name={id} lang={lang} dir={textDirection(lang)} rows={2} maxLength={2000} defaultValue={values[lang] ?? ""} />
          ) : (
            <input id={id} name={id} lang={lang} dir={textDirection(lang)} maxLength={1000} defaultValue={values[lang] ?? ""} />
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
          {t(result.message, result.ok ? undefined : result.vars)}
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
        <ChoiceFields
          key={choiceSignature}
          languages={languages}
          defaultLanguage={defaultLanguage}
          type={question.type}
          writesOptions={writesOptions}
          hasAnswers={hasAnswers}
          options={question.options}
          statements={question.statements}
          problem={result && !result.ok && result.field ? { field: result.field, message: t(result.message, result.vars) } : null}
          unsaved={result && !result.ok ? result.unsaved : null}
        />
        <IndicatorFields type={question.type} indicator={question.indicator} statements={question.statements} />
        <div className="field">
          <label htmlFor="condition">{t("builder.condition")}</label>
          <select id="condition" name="condition" defaultValue={question.condition}>
            <option value="">{t("builder.always")}</option>
            {conditionChoices.map((parent) => (
              <optgroup key={parent.key} label={`${parent.key}: ${parent.text}`}>
                {parent.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {t(parent.includes ? "builder.conditionIncludes" : "builder.conditionIs", { question: parent.key, option: option.label })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="condition-error" error={error("condition")} />
        </div>
        <button type="submit" name="intent" value="save" className="button primary">
          {t("builder.save")}
        </button>
        <DeleteChoiceButtons options={question.options} statements={question.statements} />
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
