import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageShell } from "~/components/page-shell";
import { PublicResultsView } from "~/components/public-results/public-results-view";
import { publishedResults } from "~/evaluation/public-results.server";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { loadResidentPage } from "~/survey/resident-page.server";
import { clientAddressOf } from "~/utils/client-address.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

/** The results an organiser shared back with residents; until published, a page that says so (404). */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { survey, lang } = await loadResidentPage(request, params.code ?? "", clientAddressOf(context));
  const results = await publishedResults(survey, lang);
  const page = { lang, languages: survey.languages, title: pickText(survey.title, lang, survey.defaultLanguage), results };
  return json(page, { status: results ? 200 : 404 });
}

export default function PublicResultsPage() {
  const { title, languages, results } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <PageShell title={title} languages={languages}>
      {results ? (
        <PublicResultsView results={results} />
      ) : (
        <section aria-labelledby="not-published-title" className="notice">
          <h2 id="not-published-title">{t("publicResults.notPublishedTitle")}</h2>
          <p>{t("publicResults.notPublishedBody")}</p>
        </section>
      )}
    </PageShell>
  );
}
