import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { surveyPoster } from "~/survey/poster.server";
import { requireSurvey } from "~/survey/require-survey.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Balss · ${data.joinCode}` : "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  return json({ surveyId: params.surveyId!, ...(await surveyPoster(request, params.surveyId!)) });
}

export default function Poster() {
  const poster = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p className="no-print">
        <Link to={`/surveys/${poster.surveyId}`}>←</Link>{" "}
        <button type="button" className="button" onClick={() => window.print()}>
          {t("poster.print")}
        </button>
      </p>
      <article className="poster">
        {poster.languages.map((language) => (
          <h1 key={language.lang} lang={language.lang} dir={language.dir}>
            {language.title}
          </h1>
        ))}
        <div
          className="poster-qr"
          role="img"
          aria-label={t("poster.qrLabel", { url: poster.url })}
          // Generated on the server from the survey's own address: no user content in it.
          dangerouslySetInnerHTML={{ __html: poster.qrSvg }}
        />
        <ul className="poster-instructions">
          {poster.languages.map((language) => (
            <li key={language.lang} lang={language.lang} dir={language.dir}>
              {language.scan} — {language.orType} · {language.anonymous}
            </li>
          ))}
        </ul>
        <p className="poster-code" aria-label={t("workspace.joinCode")}>
          {poster.joinCode}
        </p>
        <p className="poster-url">{poster.url}</p>
      </article>
    </>
  );
}
