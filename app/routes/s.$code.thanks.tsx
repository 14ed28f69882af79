import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { PageShell } from "~/components/page-shell";
import { hasPublicResults } from "~/evaluation/public-results-settings.server";
import { useTranslation } from "~/i18n/use-translation";
import { clearDraft } from "~/survey/answer-draft";
import { loadResidentPage } from "~/survey/resident-page.server";
import { clientAddressOf } from "~/utils/client-address.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { survey, lang } = await loadResidentPage(request, params.code ?? "", clientAddressOf(context));
  return json({ lang, languages: survey.languages, surveyId: survey.id, joinCode: survey.joinCode, publicResults: await hasPublicResults(survey) });
}

export default function Thanks() {
  const { surveyId, joinCode, publicResults, languages, lang } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  // The answers have arrived: the copy kept on the phone is no longer needed.
  useEffect(() => clearDraft(surveyId), [surveyId]);
  return (
    <PageShell title={t("thanks.title")} languages={languages}>
      <p className="lead">{t("thanks.body")}</p>
      {publicResults ? (
        <p>
          <Link to={`/s/${joinCode}/results?lang=${lang}`} className="button primary">
            {t("publicResults.link")}
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={`/?lang=${lang}`}>{t("thanks.home")}</Link>
      </p>
    </PageShell>
  );
}
