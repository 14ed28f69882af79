import { fieldName, type AnswerValues, type ResidentQuestion, type ResidentSurvey } from "./resident-survey";

export function allQuestions(survey: ResidentSurvey): ResidentQuestion[] {
  return survey.sections.flatMap((section) => section.questions);
}

/**
 * A question is shown when it has no condition, or when the question it depends on is itself
 * shown and was answered with the chosen option. Conditions may chain.
 */
export function isQuestionVisible(
  question: ResidentQuestion,
  values: AnswerValues,
  questionsByKey: ReadonlyMap<string, ResidentQuestion>,
  seen: Set<string> = new Set(),
): boolean {
  if (!question.showIf) return true;
  if (seen.has(question.key)) return false; // a cycle can only come from broken data: hide it
  const parent = questionsByKey.get(question.showIf.question);
  if (!parent) return false;
  seen.add(question.key);
  if (!isQuestionVisible(parent, values, questionsByKey, seen)) return false;
  return (values[fieldName(parent.key)] ?? []).includes(question.showIf.option);
}

export function visibleQuestionKeys(survey: ResidentSurvey, values: AnswerValues): Set<string> {
  const questions = allQuestions(survey);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return new Set(questions.filter((q) => isQuestionVisible(q, values, byKey)).map((q) => q.key));
}
