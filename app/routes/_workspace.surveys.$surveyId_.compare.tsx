import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SuppressionNote } from "~/components/charts/filters-in-force";
import { MeansTable } from "~/components/charts/means-table";
import { QuestionResultView } from "~/components/charts/question-result";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { formatNumber } from "~/i18n/format-number";
import { dictionaries, resolveUiLanguage } from "~/i18n/i18n.server";
import { useTranslation } from "~/i18n/use-translation";
import { requireSurvey } from "~/survey/require-survey.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireSurvey(request, params.surveyId, "view");
  const lang = await resolveUiLanguage(request);
  const messages = dictionaries[lang];
  const comparison = await compareBeforeAfter(params.surveyId!, lang, project.suppressionThreshold, {
    before: messages["compare.before"],
    after: messages["compare.after"],
  });
  if (!comparison) throw json({ message: "not found" }, { status: 404 });
  return json({ surveyId: params.surveyId!, threshold: project.suppressionThreshold, ...comparison });
}

export default function CompareBeforeAfter() {
  const data = useLoaderData<typeof loader>();
  const { t, uiLanguage } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/surveys/${data.surveyId}/results`}>← {t("results.title")}</Link>
      </p>
      <h1>{t("compare.title")}</h1>
      <dl className="facts">
        <dt>{t("compare.before")}</dt>
        <dd>
          <Link to={`/surveys/${data.before.id}`}>{data.before.title}</Link> — {data.before.responses === null ? t("results.fewerThan", { k: data.threshold }) : formatNumber(data.before.responses, uiLanguage)}
        </dd>
        <dt>{t("compare.after")}</dt>
        <dd>
          <Link to={`/surveys/${data.after.id}`}>{data.after.title}</Link> — {data.after.responses === null ? t("results.fewerThan", { k: data.threshold }) : formatNumber(data.after.responses, uiLanguage)}
        </dd>
      </dl>
      <p>{t("compare.howToRead")}</p>
      <SuppressionNote threshold={data.threshold} />
      {data.items.length === 0 ? <p>{t("compare.noItems")}</p> : null}
      {data.items.map((item) => (
        <div key={item.result.key} className="compared-item">
          <QuestionResultView
            result={item.result}
            threshold={data.threshold}
            search=""
            source={`${t("compare.before")}: ${data.before.title}. ${t("compare.after")}: ${data.after.title}.`}
            filters={`${t("results.filtersInForce")} ${t("results.noFilters")}`}
          />
          <MeansTable item={item} />
        </div>
      ))}
    </>
  );
}
