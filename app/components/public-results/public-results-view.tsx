import type { SerializeFrom } from "@remix-run/node";
import { QuestionResultView } from "~/components/charts/question-result";
import { ViewRespondents } from "~/components/charts/view-respondents";
import type { PublicResults, PublicView } from "~/evaluation/public-results.server";
import { useTranslation } from "~/i18n/use-translation";

type Results = SerializeFrom<PublicResults>;

/**
 * The charts an organiser shared back with residents: the survey's own event, then, if chosen,
 * every event pooled. Only residents' texts: the same view serves the public page and the
 * organiser's preview, and links nowhere.
 */
export function PublicResultsView({ results }: { results: Results }) {
  const { t } = useTranslation();
  const eventLine = results.event ? t("survey.event", results.event) : null;
  return (
    <>
      <p className="lead">{t("publicResults.lead")}</p>
      <ResultsSection
        id="here"
        title={results.event ? t("publicResults.thisEvent") : t("publicResults.answers")}
        line={eventLine}
        about={eventLine ?? t("publicResults.answers")}
        view={results.here}
        source={results.title}
        threshold={results.threshold}
      />
      {results.all ? (
        <ResultsSection
          id="all"
          title={t("publicResults.allEvents", { count: results.all.events })}
          line={results.leftOut ? t("publicResults.leftOut", { count: results.leftOut }) : null}
          about={t("publicResults.allEvents", { count: results.all.events })}
          view={results.all}
          source={results.title}
          threshold={results.threshold}
        />
      ) : results.notPooledYet ? (
        <p className="hint">{t("publicResults.notPooledYet", { count: results.threshold })}</p>
      ) : null}
      <p className="hint">{t("results.suppressionNote", { k: results.threshold })}</p>
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  line: string | null;
  /** Which answers the section holds, under a downloaded chart's title. */
  about: string;
  view: SerializeFrom<PublicView>;
  /** Where the numbers come from, atop a downloaded chart. */
  source: string;
  threshold: number;
}

function ResultsSection({ id, title, line, about, view, source, threshold }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`public-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {line ? <p className="event-line">{line}</p> : null}
      <ViewRespondents respondents={view.respondents} threshold={threshold} />
      {view.questions.map((result) => (
        <QuestionResultView
          key={result.key}
          // A question shown in both sections needs element ids of its own in each: they are made from the key.
          result={{ ...result, key: `${id}-${result.key}` }}
          threshold={threshold}
          search=""
          source={source}
          filters={about}
        />
      ))}
    </section>
  );
}
