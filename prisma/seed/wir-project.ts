// The demo project from ../shared/seed: the EU "Europe for Citizens" project WIR,
// "Promoting democratic engagement and civic participation" (16 Oct 2017 – 15 Oct 2019).
// Partners and targets are from the project page; the page does not give the events' dates
// and head counts, so those below are illustrative, spread over the project's two years.

export const wirProject = {
  slug: "wir",
  name: {
    lv: "Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana (WIR)",
    ru: "Содействие демократическому участию и общественной активности (WIR)",
    en: "Promoting democratic engagement and civic participation (WIR)",
  },
  description: {
    lv: "Eiropas Savienības programmas “Eiropa pilsoņiem” projekts: 9 starptautiski pasākumi, 16 darbinieku mobilitātes un diskusijas par stereotipiem sabiedrībā.",
    ru: "Проект программы Европейского союза «Европа для граждан»: 9 международных мероприятий, 16 мобильностей сотрудников и дискуссии о стереотипах в обществе.",
    en: "A European Union “Europe for Citizens” project: 9 international events, 16 staff mobilities and discussions on stereotypes in society.",
  },
  startsOn: new Date("2017-10-16"),
  endsOn: new Date("2019-10-15"),
  // The installation is Daugavpils City Council's (the source text is its own project page, with
  // its budget) and the demo questionnaires are the Daugavpils meeting's, so the project's home
  // zone is Riga's even though the lead partner is in Sweden; each event has its town's zone.
  timeZone: "Europe/Riga",
  targetEvents: 9,
  targetMobilities: 16,
} as const;

export const wirPartners = [
  { key: "vanersborg", name: "Vänersborgs kommun", city: "Vänersborg", country: "SE", isLead: true },
  { key: "collecchio", name: "Comune di Collecchio", city: "Collecchio", country: "IT" },
  { key: "linz", name: "Verein für Sozialprävention und Gemeinwesenarbeit", city: "Linz", country: "AT" },
  { key: "kassel", name: "Landkreis Kassel", city: "Kassel", country: "DE" },
  { key: "alicante", name: "Universidad de Alicante", city: "Alicante", country: "ES" },
  { key: "seinajoki", name: "Etelä-Pohjanmaan Nuorisoseurat", city: "Seinäjoki", country: "FI" },
  { key: "daugavpils", name: "Daugavpils pilsētas dome", city: "Daugavpils", country: "LV" },
  { key: "ravenna", name: "Comune di Ravenna", city: "Ravenna", country: "IT" },
  { key: "offenbach", name: "Kreis Offenbach", city: "Dietzenbach", country: "DE" },
  { key: "bologna", name: "Sweden Emilia-Romagna Network", city: "Bologna", country: "IT" },
] as const;

export type PartnerKey = (typeof wirPartners)[number]["key"];

export interface DemoEvent {
  key: string;
  host: PartnerKey;
  title: { lv: string; ru: string; en: string };
  place: string;
  /** Local wall-clock times in `timeZone`, as an organiser there types them. */
  startsAt: string;
  endsAt: string;
  /** The host town's zone. */
  timeZone: string;
  attendance: number;
  staffMobilities: number;
}

const meeting = (lv: string, ru: string, en: string) => ({ lv, ru, en });

export const wirEvents: DemoEvent[] = [
  {
    key: "kickoff",
    host: "vanersborg",
    title: meeting("Projekta atklāšanas tikšanās", "Стартовая встреча проекта", "Project kick-off meeting"),
    place: "Vänersborg",
    startsAt: "2017-11-21T09:00",
    endsAt: "2017-11-23T16:00",
    timeZone: "Europe/Stockholm",
    attendance: 46,
    staffMobilities: 2,
  },
  {
    key: "linz",
    host: "linz",
    title: meeting("Otrā partneru tikšanās: kopienas darbs", "Вторая встреча партнёров: работа с сообществом", "Second partner meeting: community work"),
    place: "Linz",
    startsAt: "2018-02-20T09:00",
    endsAt: "2018-02-22T16:00",
    timeZone: "Europe/Vienna",
    attendance: 58,
    staffMobilities: 2,
  },
  {
    key: "kassel",
    host: "kassel",
    title: meeting("Iedzīvotāju līdzdalība vietējā pārvaldē", "Участие жителей в местном управлении", "Residents' participation in local government"),
    place: "Kassel",
    startsAt: "2018-04-17T09:00",
    endsAt: "2018-04-19T16:00",
    timeZone: "Europe/Berlin",
    attendance: 64,
    staffMobilities: 2,
  },
  {
    key: "alicante",
    host: "alicante",
    title: meeting("Izglītība integrācijā", "Образование в интеграции", "Education in integration"),
    place: "Alicante",
    startsAt: "2018-06-12T09:00",
    endsAt: "2018-06-14T16:00",
    timeZone: "Europe/Madrid",
    // At the university, with its students.
    attendance: 168,
    staffMobilities: 2,
  },
  {
    key: "seinajoki",
    host: "seinajoki",
    title: meeting("Jaunieši un pilsoniskā aktivitāte", "Молодёжь и гражданская активность", "Young people and civic activity"),
    place: "Seinäjoki",
    startsAt: "2018-10-09T09:00",
    endsAt: "2018-10-11T16:00",
    timeZone: "Europe/Helsinki",
    attendance: 51,
    staffMobilities: 2,
  },
  {
    key: "collecchio",
    host: "collecchio",
    title: meeting("Brīvprātīgais darbs un kopienas", "Волонтёрство и сообщества", "Volunteering and communities"),
    place: "Collecchio",
    startsAt: "2019-02-26T09:00",
    endsAt: "2019-02-28T16:00",
    timeZone: "Europe/Rome",
    attendance: 49,
    staffMobilities: 2,
  },
  {
    key: "ravenna",
    host: "ravenna",
    title: meeting("Migrācija un vietējā sabiedrība", "Миграция и местное общество", "Migration and the local community"),
    place: "Ravenna",
    startsAt: "2019-04-09T09:00",
    endsAt: "2019-04-11T16:00",
    timeZone: "Europe/Rome",
    // An open evening with the town's residents.
    attendance: 118,
    staffMobilities: 2,
  },
  {
    key: "dietzenbach",
    host: "offenbach",
    title: meeting("Daudzveidība pilsētas dzīvē", "Многообразие в жизни города", "Diversity in city life"),
    place: "Dietzenbach",
    startsAt: "2019-06-18T09:00",
    endsAt: "2019-06-20T16:00",
    timeZone: "Europe/Berlin",
    attendance: 55,
    staffMobilities: 2,
  },
  {
    key: "daugavpils",
    host: "daugavpils",
    title: meeting(
      "Noslēguma tikšanās Daugavpilī: diskusijas par stereotipiem sabiedrībā",
      "Заключительная встреча в Даугавпилсе: дискуссии о стереотипах в обществе",
      "Final meeting in Daugavpils: discussions on stereotypes in society",
    ),
    place: "Daugavpils, Vienības nams",
    startsAt: "2019-09-24T10:00",
    endsAt: "2019-09-26T17:00",
    timeZone: "Europe/Riga",
    attendance: 310,
    staffMobilities: 0,
  },
];

/** The open demo questionnaire's join code (printed on the demo poster). */
export const demoJoinCode = "DAUGAV";
/** Its closed "before the event" counterpart. */
export const demoBeforeJoinCode = "DGPBFR";
