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
  const [main, ...others] = poster.languages;
  if (!main) throw new Error("A questionnaire always has its main language");
  return (
    <>
      <p className="no-print">
        <Link to={`/surveys/${poster.surveyId}`}>←</Link>{" "}
        <button type="button" className="button" onClick={() => window.print()}>
          {t("poster.print")}
        </button>
      </p>
      <article className={poster.languages.length > 3 ? "poster many-languages" : "poster"}>
        {/* The main language leads; the others follow smaller, so eight still fit on one page. */}
        <h1 lang={main.lang} dir={main.dir}>
          {main.title}
        </h1>
        {others.length ? (
          <ul className="poster-titles">
            {others.map((language) => (
              <li key={language.lang} lang={language.lang} dir={language.dir}>
                {language.title}
              </li>
            ))}
          </ul>
        ) : null}
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
