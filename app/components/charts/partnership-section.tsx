import type { SerializeFrom } from "@remix-run/node";
import { participationConfig } from "~/evaluation/project-chart-config";
import type { CountryParticipation, PlaceCounts } from "~/evaluation/partnership.server";
import { formatNumber } from "~/i18n/format-number";
import { useTranslation } from "~/i18n/use-translation";
import { ChartCanvas } from "./chart-canvas";
import { LanguagesList } from "./languages-list";
import { TableScroll } from "~/components/table-scroll";

interface Props {
  projectName: string;
  generatedOn: string;
  threshold: number;
  countries: SerializeFrom<CountryParticipation>[];
  all: SerializeFrom<PlaceCounts>;
}

/** Participation per country of the host partner: a bar chart, its table (with the languages answered in) and the whole project's row. */
export function PartnershipSection({ projectName, generatedOn, threshold, countries, all }: Props) {
  const { t, uiLanguage } = useTranslation();
  const shown = (n: number | null) => (n === null ? t("results.hidden") : formatNumber(n, uiLanguage));
  const name = (country: { country: string; name: string }) => country.name || t("partnership.noHost");
  const summary = t("partnership.summary", { count: countries.length });
  const row = (label: string, place: SerializeFrom<PlaceCounts>, events: number, key: string) => (
    <tr key={key} data-country={key}>
      <th scope="row">{label}</th>
      <td className="number">{formatNumber(events, uiLanguage)}</td>
      <td className="number">{place.attendance === null ? "–" : formatNumber(place.attendance, uiLanguage)}</td>
      <td className="number">{shown(place.responses)}</td>
      <td className="number">{place.responseRate === null ? "–" : `${formatNumber(place.responseRate, uiLanguage)} %`}</td>
      <td>
        <LanguagesList languages={place.languages} />
      </td>
    </tr>
  );
  return (
    <section aria-labelledby="partnership-title">
      <h2 id="partnership-title">{t("partnership.byCountry")}</h2>
      <p className="hint">{t("partnership.note")}</p>
      <figure>
        <ChartCanvas
          config={() =>
            participationConfig(
              countries.map((c) => ({ label: name(c), attendance: c.attendance, responses: c.responses })),
              { attendance: t("projectResults.attendance"), responses: t("workspace.responses"), hidden: t("results.hidden") },
            )
          }
          label={summary}
          height={Math.max(200, 80 + countries.length * 48)}
          download={{
            fileName: "participation-by-country",
            title: `${projectName}: ${t("partnership.byCountry")}`,
            notes: [t("projectResults.generated", { date: generatedOn }), t("projectResults.responsesNote"), t("results.suppressionNote", { k: threshold })],
          }}
        />
        <figcaption>{summary}</figcaption>
        <TableScroll label={t("partnership.byCountry")}>
          <table className="data-table" data-testid="participation-by-country">
            <thead>
              <tr>
                <th scope="col">{t("results.country")}</th>
                <th scope="col">{t("partnership.events")}</th>
                <th scope="col">{t("projectResults.attendance")}</th>
                <th scope="col">{t("workspace.responses")}</th>
                <th scope="col">{t("projectResults.responseRate")}</th>
                <th scope="col">{t("partnership.languages")}</th>
              </tr>
            </thead>
            <tbody>{countries.map((c) => row(name(c), c, c.events, c.country || "none"))}</tbody>
            <tfoot>
              {row(
                t("partnership.allCountries"),
                all,
                countries.reduce((sum, c) => sum + c.events, 0),
                "all",
              )}
            </tfoot>
          </table>
        </TableScroll>
      </figure>
    </section>
  );
}
