import type { SamplePattern } from "./sample-responses";

// The demo questionnaire run at more of WIR's events, so that the series' comparison by event
// and by country has something to compare: the Daugavpils questionnaire (its wording names
// Daugavpils, as a run keeps its original's wording) asked again at five partner meetings in
// five countries, with a before/after pair at Ravenna next to Daugavpils' own.
//
// The story the generated answers tell, for the charts to show: at the kick-off, before the
// project's activities, agreement with the stereotypes is high; it differs from town to town
// (Linz doubts the young and the old more, Alicante's university audience is younger and more
// open but worried about jobs, Seinäjoki's young people reject "young people are
// irresponsible" and agree more that people of another language keep to themselves), and it
// is clearly lower after the Ravenna and Daugavpils meetings than before them.

/** Where people answer outside Latvia: not in Daugavpils, rarely in Latvian or Russian. */
const visitorAnswers: SamplePattern["answers"] = {
  first_language: { lv: 0.15, ru: 0.25, ltg: 0.02, other: 8 },
  years_in_city: { lt1: 0.05, "1_5": 0.1, "6_15": 0.1, gt15: 0.3, not_resident: 8 },
};

/** Answers mostly in the host's language, some in English. */
const hostLanguage = (language: string): Record<string, number> => ({ [language]: 6, en: 1.2 });

export interface DemoRun {
  /** The event (a key of wirEvents). */
  event: string;
  /** A fixed join code from the join-code alphabet, like the feedback questionnaires'. */
  joinCode: string;
  /** Which questionnaire runs: the Daugavpils "after" one (the demo's open one) or its "before" one. */
  of: "after" | "before";
  responses: number;
  /** Answered on the event's first day only (a "before" questionnaire); else on every day. */
  firstDayOnly?: boolean;
  pattern: SamplePattern;
}

export const demoRuns: DemoRun[] = [
  {
    event: "kickoff",
    joinCode: "STVNB2",
    of: "after",
    responses: 41,
    pattern: { opennessShift: -0.45, agreement: { newcomers_jobs: 0.25 }, languages: hostLanguage("sv"), answers: visitorAnswers },
  },
  {
    event: "linz",
    joinCode: "STNZA3",
    of: "after",
    responses: 52,
    pattern: {
      opennessShift: -0.3,
      agreement: { young_irresponsible: 0.45, older_resist_change: 0.4 },
      languages: hostLanguage("de"),
      answers: visitorAnswers,
    },
  },
  {
    event: "alicante",
    joinCode: "STACT4",
    of: "after",
    responses: 142,
    pattern: {
      opennessShift: 0.1,
      agreement: { newcomers_jobs: 0.5, other_language_separate: -0.3 },
      languages: hostLanguage("es"),
      answers: { ...visitorAnswers, age_band: { u18: 0.3, "18_24": 5, "25_34": 2.2, "35_44": 1, "45_54": 0.8, "55_64": 0.5, "65p": 0.2 } },
    },
  },
  {
    event: "seinajoki",
    joinCode: "STSNJ5",
    of: "after",
    responses: 44,
    pattern: {
      opennessShift: -0.05,
      agreement: { young_irresponsible: -0.7, other_language_separate: 0.5 },
      languages: hostLanguage("fi"),
      answers: { ...visitorAnswers, age_band: { u18: 2.5, "18_24": 3.5, "25_34": 1.2, "35_44": 0.6, "45_54": 0.5, "55_64": 0.3, "65p": 0.2 } },
    },
  },
  {
    event: "ravenna",
    joinCode: "BFRVN7",
    of: "before",
    responses: 92,
    firstDayOnly: true,
    pattern: { opennessShift: -0.35, agreement: { newcomers_jobs: 0.35 }, languages: hostLanguage("it"), answers: visitorAnswers },
  },
  {
    event: "ravenna",
    joinCode: "STRVN6",
    of: "after",
    responses: 84,
    pattern: { opennessShift: 0.25, agreement: { newcomers_jobs: 0.1 }, languages: hostLanguage("it"), answers: visitorAnswers },
  },
];
