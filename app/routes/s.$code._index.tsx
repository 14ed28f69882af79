import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageShell } from "~/components/page-shell";
import { PrivacyNotice } from "~/components/privacy-notice";
import { SurveyNotOpen } from "~/components/survey-not-open";
import { useTranslation } from "~/i18n/use-translation";
import { loadResidentPage } from "~/survey/resident-page.server";
import { clientAddressOf } from "~/utils/client-address.server";
import { surveyLanding } from "~/survey/survey-landing.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { survey, lang } = await loadResidentPage(request, params.code ?? "", clientAddressOf(context));
  return json(await surveyLanding(request, survey, lang));
}

export default function SurveyLanding() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const answerUrl = `/s/${data.joinCode}/answer?lang=${data.lang}`;
  return (
    <PageShell title={data.title} languages={data.languages}>
      {data.event ? <p className="event-line">{t("survey.event", data.event)}</p> : null}
      {data.availability !== "open" ? (
        <SurveyNotOpen availability={data.availability} opensOn={data.opensOn} closedOn={data.closedOn} />
      ) : data.alreadyAnswered ? (
        <section aria-labelledby="already-title" className="notice">
          <h2 id="already-title">{t("already.title")}</h2>
          <p>{t("already.body")}</p>
          <p>
            <Link to={`${answerUrl}&again=1`}>{t("already.again")}</Link>
          </p>
        </section>
      ) : (
        <>
          {data.intro ? <p className="lead">{data.intro}</p> : null}
          <PrivacyNotice />
          <p>
            <Link to={answerUrl} className="button primary">
              {t("landing.start")}
            </Link>
          </p>
        </>
      )}
    </PageShell>
  );
}
