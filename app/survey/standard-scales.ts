import type { TemplateOption, Translated } from "./survey-template";

/**
 * Answer scales shared by the ready-made questionnaires, in Latvian, Russian and English.
 * Every call returns fresh objects, so a caller may change its copy safely.
 */

function tr(lv: string, ru: string, en: string): Translated {
  return { lv, ru, en };
}

/** The "don't know" option that some scales add at the end. */
export function dontKnowOption(): TemplateOption {
  return {
    value: "dk",
    isDontKnow: true,
    label: tr("Grūti pateikt", "Затрудняюсь ответить", "Don't know"),
  };
}

const AGREEMENT_5: Translated[] = [
  tr("Pilnībā nepiekrītu", "Полностью не согласен(-на)", "Strongly disagree"),
  tr("Nepiekrītu", "Не согласен(-на)", "Disagree"),
  tr("Ne piekrītu, ne nepiekrītu", "Ни да, ни нет", "Neither agree nor disagree"),
  tr("Piekrītu", "Согласен(-на)", "Agree"),
  tr("Pilnībā piekrītu", "Полностью согласен(-на)", "Strongly agree"),
];

const AGREEMENT_7: Translated[] = [
  tr("Pilnībā nepiekrītu", "Полностью не согласен(-на)", "Strongly disagree"),
  tr("Nepiekrītu", "Не согласен(-на)", "Disagree"),
  tr("Drīzāk nepiekrītu", "Скорее не согласен(-на)", "Somewhat disagree"),
  tr("Ne piekrītu, ne nepiekrītu", "Ни да, ни нет", "Neither agree nor disagree"),
  tr("Drīzāk piekrītu", "Скорее согласен(-на)", "Somewhat agree"),
  tr("Piekrītu", "Согласен(-на)", "Agree"),
  tr("Pilnībā piekrītu", "Полностью согласен(-на)", "Strongly agree"),
];

function numbered(labels: Translated[]): TemplateOption[] {
  return labels.map((label, index) => ({ value: String(index + 1), label: { ...label } }));
}

/**
 * Agreement scale from "Strongly disagree" ("1") to "Strongly agree" ("5" or "7") with a
 * neutral midpoint, optionally followed by "Don't know" ("dk").
 */
export function agreementScale(points: 5 | 7, withDontKnow: boolean): TemplateOption[] {
  const options = numbered(points === 5 ? AGREEMENT_5 : AGREEMENT_7);
  if (withDontKnow) options.push(dontKnowOption());
  return options;
}

/** How often in the last 12 months: "1" never … "5" every month or more often. */
export function frequencyScale(): TemplateOption[] {
  return numbered([
    tr("Nekad", "Ни разу", "Never"),
    tr("Vienu reizi", "Один раз", "Once"),
    tr("Dažas reizes (2–3)", "Несколько раз (2–3 раза)", "A few times (2–3)"),
    tr("Bieži (4–11 reizes)", "Часто (4–11 раз)", "Often (4–11 times)"),
    tr(
      "Regulāri (katru mēnesi vai biežāk)",
      "Регулярно (каждый месяц или чаще)",
      "Regularly (every month or more often)",
    ),
  ]);
}

/** Satisfaction, for event feedback: "1" very dissatisfied … "5" very satisfied. */
export function satisfactionScale(): TemplateOption[] {
  return numbered([
    tr("Ļoti neapmierināts(-a)", "Очень недоволен(-льна)", "Very dissatisfied"),
    tr("Neapmierināts(-a)", "Недоволен(-льна)", "Dissatisfied"),
    tr(
      "Ne apmierināts(-a), ne neapmierināts(-a)",
      "Нечто среднее",
      "Neither satisfied nor dissatisfied",
    ),
    tr("Apmierināts(-a)", "Доволен(-льна)", "Satisfied"),
    tr("Ļoti apmierināts(-a)", "Очень доволен(-льна)", "Very satisfied"),
  ]);
}
