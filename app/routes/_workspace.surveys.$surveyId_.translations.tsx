import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { languageName, residentLanguages, textDirection } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import { findSurveyById } from "~/survey/find-survey.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { describePlace, surveyTexts, translationProgress } from "~/survey/survey-texts";
import { changeLanguages, saveTranslations } from "~/survey/translations.server";
import { redirectRunToOriginal } from "~/survey/series.server";
import { TableScroll } from "~/components/table-scroll";

export const meta: MetaFunction = () => [{ title: "Balss" }];

function targetLanguage(request: Request, languages: string[], defaultLanguage: string) {
  const requested = new URL(request.url).searchParams.get("to");
  return requested && languages.includes(requested) ? requested : (languages.find((l) => l !== defaultLanguage) ?? defaultLanguage);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "view");
  await redirectRunToOriginal(request, params.surveyId!);
  const survey = await findSurveyById(params.surveyId!);
  const to = targetLanguage(request, survey.languages, survey.defaultLanguage);
  return json({
    surveyId: survey.id,
    canOrganise: session.user.role !== "EVALUATOR",
    defaultLanguage: survey.defaultLanguage,
    languages: survey.languages,
    addable: residentLanguages.filter((code) => !survey.languages.includes(code)),
    to,
    progress: translationProgress(survey),
    texts: surveyTexts(survey).map((text) => ({
      address: text.address,
      place: text.place,
      source: text.value[survey.defaultLanguage] ?? "",
      target: text.value[to] ?? "",
      long: (text.value[survey.defaultLanguage] ?? "").length > 80,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  const survey = await findSurveyById(params.surveyId!);
  const form = await readProtectedForm(request, session.csrfToken);
  const intent = form.get("intent");
  if (intent === "addLanguage" || intent === "removeLanguage") {
    const result = await changeLanguages(survey, intent, Object.fromEntries(form));
    if (!result.ok) return json({ ok: false as const, message: result.error, count: 0 }, { status: 400 });
    return redirect(`/surveys/${survey.id}/translations${intent === "addLanguage" ? `?to=${result.language}` : ""}`);
  }
  const to = targetLanguage(request, survey.languages, survey.defaultLanguage);
  const result = await saveTranslations(survey, to, form, session.user.id);
  if (!result.ok) return json({ ok: false as const, message: result.error, count: 0 }, { status: 400 });
  return json({ ok: true as const, message: "translations.saved" as MessageKey, count: result.changed });
}

export default function Translations() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const editable = data.canOrganise;
  // Writing the default language itself shows one column; translating shows it beside the other.
  const sideBySide = data.to !== data.defaultLanguage;
  return (
    <>
      <p>
        <Link to={`/surveys/${data.surveyId}`}>←</Link>
      </p>
      <h1>{t("translations.title")}</h1>
      {result ? (
        <p className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          {t(result.message, { count: result.count })}
        </p>
      ) : null}
      <ul className="translation-progress">
        {data.languages.map((lang) => {
          const { done, total } = data.progress[lang]!;
          return (
            <li key={lang}>
              <Link to={`?to=${lang}`} aria-current={lang === data.to ? "true" : undefined}>
                {t("translations.progress", { language: languageName(lang), done, count: total })}
              </Link>{" "}
              <progress max={total} value={done} aria-hidden="true" />
            </li>
          );
        })}
      </ul>
      {data.canOrganise ? <LanguageForms data={data} /> : null}
      {data.languages.length === 1 ? <p>{t("translations.onlyDefault")}</p> : null}
      {/* Keyed by language: after switching languages in the browser the fields must show the new
          language's texts, not keep what the previous language's fields held. */}
      <Form method="post" action={`?to=${data.to}`} key={data.to}>
          <CsrfInput />
          <TableScroll label={t("translations.title")}>
            <table className="translations">
              <thead>
                <tr>
                  <th scope="col">{t("translations.text")}</th>
                  {sideBySide ? (
                    <th scope="col" lang={data.defaultLanguage} dir={textDirection(data.defaultLanguage)}>
                      {languageName(data.defaultLanguage)}
                    </th>
                  ) : null}
                  <th scope="col" lang={data.to} dir={textDirection(data.to)}>
                    {languageName(data.to)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.texts.map((text) => {
                  const id = `text-${text.address}`;
                  return (
                    <tr key={text.address} className={sideBySide && text.source && !text.target ? "missing" : undefined}>
                      <th scope="row">
                        <label htmlFor={id}>{describePlace(t, text.place)}</label>
                      </th>
                      {sideBySide ? <td lang={data.defaultLanguage} dir={textDirection(data.defaultLanguage)}>{text.source}</td> : null}
                      <td lang={data.to} dir={textDirection(data.to)}>
                        {editable ? (
                          text.long ? (
                            <textarea id={id} name={`text:${text.address}`} defaultValue={text.target} rows={3} maxLength={5000} />
                          ) : (
                            <input id={id} name={`text:${text.address}`} defaultValue={text.target} maxLength={5000} />
                          )
                        ) : (
                          <span id={id}>{text.target}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {editable ? (
            <button type="submit" name="intent" value="save" className="button primary">
              {t("translations.save")}
            </button>
          ) : null}
      </Form>
    </>
  );
}

function LanguageForms({ data }: { data: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation();
  return (
    <div className="language-forms">
      {data.addable.length ? (
        <Form method="post" className="inline-form">
          <CsrfInput />
          <label htmlFor="add-language">{t("translations.addLanguage")}</label>
          <select id="add-language" name="language">
            {data.addable.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
          <button type="submit" name="intent" value="addLanguage" className="button">
            {t("translations.add")}
          </button>
        </Form>
      ) : null}
      {data.languages
        .filter((lang) => lang !== data.defaultLanguage)
        .map((lang) => (
          <Form method="post" key={lang} className="inline-form">
            <CsrfInput />
            <input type="hidden" name="language" value={lang} />
            <button type="submit" name="intent" value="removeLanguage" className="button">
              {t("translations.remove", { language: languageName(lang) })}
            </button>
          </Form>
        ))}
    </div>
  );
}
