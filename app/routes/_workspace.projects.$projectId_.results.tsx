import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireProject } from "~/auth/authorize.server";
import { AttitudeIndicatorResult } from "~/components/charts/attitude-indicator";
import { ChartCanvas } from "~/components/charts/chart-canvas";
import { LanguagesList } from "~/components/charts/languages-list";
import { PartnershipSection } from "~/components/charts/partnership-section";
import { TableScroll } from "~/components/table-scroll";
import { SuppressionNote } from "~/components/charts/filters-in-force";
import { IndicatorBars } from "~/components/charts/indicator-bars";
import { participationConfig, timelineConfig } from "~/evaluation/project-chart-config";
import { projectResults } from "~/evaluation/project-results.server";
import { formatNumber } from "~/i18n/format-number";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { useTranslation } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.name} · Balss` : "Balss" }];

const querySchema = z.object({ event: z.uuid().nullable() });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId, "view");
  const query = querySchema.safeParse({ event: new URL(request.url).searchParams.get("event") || null });
  const results = await projectResults(project.id, {
    lang: await resolveUiLanguage(request),
    threshold: project.suppressionThreshold,
    eventId: query.success ? query.data.event : null,
  });
  const badEvent = !query.success || (query.data.event !== null && results.eventId === null);
  return json({ projectId: project.id, badEvent, ...results }, { status: badEvent ? 400 : 200 });
}

export default function ProjectResultsPage() {
  const data = useLoaderData<typeof loader>();
  const { t, uiLanguage } = useTranslation();
  const shown = (n: number | null) => (n === null ? t("results.hidden") : formatNumber(n, uiLanguage));
  const eventTitle = data.events.find((e) => e.id === data.eventId)?.title;
  return (
    <>
      <p className="no-print">
        <Link to={`/projects/${data.projectId}`}>{data.name}</Link>
      </p>
      <h1>{t("projectResults.title", { name: data.name })}</h1>
      <p className="hint">{t("projectResults.generated", { date: data.generatedOn })}</p>
      <p className="no-print">
        <button type="button" className="button small" onClick={() => window.print()}>
          {t("projectResults.print")}
        </button>
      </p>
      <SuppressionNote threshold={data.threshold} />

      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t("projectResults.indicators")}</h2>
        <IndicatorBars indicators={data.indicators} threshold={data.threshold} />
      </section>

      <section aria-labelledby="participation-title">
        <h2 id="participation-title">{t("projectResults.participation")}</h2>
        <figure>
          <ChartCanvas
            config={() =>
              participationConfig(
                data.participation.map((e) => ({ label: e.title, attendance: e.attendance, responses: e.responses })),
                { attendance: t("projectResults.attendance"), responses: t("workspace.responses"), hidden: t("results.hidden") },
              )
            }
            label={t("projectResults.participationSummary", { count: data.participation.length })}
            height={Math.max(200, 80 + data.participation.length * 48)}
            download={{
              fileName: "participation",
              title: `${data.name}: ${t("projectResults.participation")}`,
              notes: [t("projectResults.generated", { date: data.generatedOn }), t("projectResults.responsesNote"), t("results.suppressionNote", { k: data.threshold })],
            }}
          />
          <figcaption>
            {t("projectResults.participationSummary", { count: data.participation.length })} {t("projectResults.responsesNote")}
          </figcaption>
          <TableScroll label={t("projectResults.participation")}>
            <table className="data-table" data-testid="participation-by-event">
              <thead>
                <tr>
                  <th scope="col">{t("projectResults.event")}</th>
                  <th scope="col">{t("projectResults.date")}</th>
                  <th scope="col">{t("results.country")}</th>
                  <th scope="col">{t("projectResults.attendance")}</th>
                  <th scope="col">{t("workspace.responses")}</th>
                  <th scope="col">{t("projectResults.responseRate")}</th>
                  <th scope="col">{t("partnership.languages")}</th>
                </tr>
              </thead>
              <tbody>
                {data.participation.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">{event.title}</th>
                    <td>{event.startsOn}</td>
                    <td>{event.country ? event.countryName : "–"}</td>
                    <td className="number">{event.attendance === null ? "–" : formatNumber(event.attendance, uiLanguage)}</td>
                    <td className="number">{shown(event.responses)}</td>
                    <td className="number">{event.responseRate === null ? "–" : `${formatNumber(event.responseRate, uiLanguage)} %`}</td>
                    <td>
                      <LanguagesList languages={event.languages} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </figure>
      </section>

      <PartnershipSection projectName={data.name} generatedOn={data.generatedOn} threshold={data.threshold} countries={data.countries} all={data.allCountries} />

      <section aria-labelledby="attitudes-title">
        <h2 id="attitudes-title">{t("indicators.title")}</h2>
        {data.attitudes.length ? (
          <>
            <p className="hint">{t("indicators.note", { k: data.threshold, k4: 4 * data.threshold })}</p>
            {data.attitudes.map((indicator) => (
              <AttitudeIndicatorResult
                key={indicator.key}
                indicator={indicator}
                projectName={data.name}
                notes={[t("projectResults.generated", { date: data.generatedOn }), t("indicators.note", { k: data.threshold, k4: 4 * data.threshold })]}
              />
            ))}
          </>
        ) : (
          <p>{t("indicators.none")}</p>
        )}
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{eventTitle ? t("projectResults.timelineEvent", { event: eventTitle }) : t("projectResults.timeline")}</h2>
        {data.badEvent ? (
          <p className="error-summary" role="alert">
            {t("projectResults.badEvent")}
          </p>
        ) : null}
        <Form method="get" className="inline-form no-print">
          <label htmlFor="timeline-event">{t("projectResults.timelineFor")}</label>
          <select id="timeline-event" name="event" defaultValue={data.eventId ?? ""}>
            <option value="">{t("projectResults.wholeProject")}</option>
            {data.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
          <button type="submit" className="button small">
            {t("results.apply")}
          </button>
        </Form>
        {data.timeline.length ? (
          <figure>
            <p className="hint">{t("timeZone.timesHint", { zone: data.timeZoneName })}</p>
            <ChartCanvas
              config={() => timelineConfig(data.timeline, { responses: t("workspace.responses"), hidden: t("results.hidden") })}
              label={t("projectResults.timelineSummary", { count: data.timeline.length })}
              height={260}
              download={{
                fileName: "responses-over-time",
                title: `${data.name}: ${eventTitle ? t("projectResults.timelineEvent", { event: eventTitle }) : t("projectResults.timeline")}`,
                notes: [t("projectResults.generated", { date: data.generatedOn }), t("results.suppressionNote", { k: data.threshold })],
              }}
            />
            <figcaption>{t("projectResults.timelineSummary", { count: data.timeline.length })}</figcaption>
            <details>
              <summary>{t("projectResults.table")}</summary>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{eventTitle ? t("projectResults.hour") : t("projectResults.day")}</th>
                    <th scope="col">{t("workspace.responses")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.timeline.map((row) => (
                    <tr key={row.period}>
                      <th scope="row">{row.label}</th>
                      <td>{shown(row.responses)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        ) : (
          <p>{t("results.noResponses")}</p>
        )}
      </section>
    </>
  );
}
