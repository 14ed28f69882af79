import type { QuestionType } from "~/generated/prisma/enums";
import type { MessageKey } from "~/i18n/messages/en";
import { formText, hasControlCharacters } from "~/utils/form-fields";
import { codeForLabel, isDerivedCode, isValidCode } from "./option-codes";

// What the question form asks of a question's options and statements: their labels in every
// language, the options' codes, and new ones typed or pasted one per line. Worked out here,
// without the database, so that the whole save can be refused before anything is written.

/** Questions whose options the organiser writes (a scale's points come from its size). */
export const writtenOptionTypes: readonly QuestionType[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE"];

/** A choice question without options, or a matrix without statements: nobody could answer it yet. */
export function lacksChoices(type: QuestionType, count: { options: number; statements: number }): boolean {
  return (writtenOptionTypes.includes(type) && !count.options) || (type === "LIKERT_MATRIX" && !count.statements);
}

export const optionLabelLimit = 500;
export const statementLimit = 1000;
/** New options or statements in one save: more is a paste gone wrong. */
export const newLinesLimit = 100;

type Texts = Record<string, string>;
export type ChoiceError = { error: MessageKey; field: string; vars?: Record<string, string> };

const text = (max: number, error: MessageKey) => formText().max(max, { error }).default("");

/** The non-empty `${prefix}_${lang}` fields, trimmed, by language. */
export function translated(
  fields: Record<string, unknown>,
  prefix: string,
  languages: string[],
  max: number,
  tooLong: MessageKey = "builder.tooLong",
): { error: MessageKey } | { values: Texts } {
  const values: Texts = {};
  for (const lang of languages) {
    const parsed = text(max, tooLong).safeParse(fields[`${prefix}_${lang}`]);
    if (!parsed.success) return { error: parsed.error.issues[0]!.message as MessageKey };
    const value = parsed.data.trim();
    if (value) values[lang] = value;
  }
  return { values };
}

/** Lines of a "one per line" field (the page joins several single-line fields with newlines). */
export function nonEmptyLines(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

export interface EditedQuestion {
  type: QuestionType;
  /** The question has answers: its options' codes are stored with them and stay. */
  answered: boolean;
  options: { id: string; value: string; label: unknown; isOther: boolean; isDontKnow: boolean }[];
  statements: { id: string; key: string; text: unknown }[];
}

export interface ChoicePlan {
  /** Every existing option with its code, labels and place after the save. */
  options: { id: string; value: string; label: Texts; position: number; renamed: boolean }[];
  newOptions: { value: string; label: Texts; position: number }[];
  statements: { id: string; key: string; text: Texts }[];
  newStatements: { key: string; text: Texts; position: number }[];
}

/**
 * The options and statements as the form wants them, or the first thing wrong with it. Codes
 * of a choice question follow the label until the organiser types one or someone answers.
 */
export function planChoices(question: EditedQuestion, fields: Record<string, unknown>, languages: string[], main: string): ChoiceError | ChoicePlan {
  const labels = new Map<string, Texts>();
  for (const option of question.options) {
    const result = translated(fields, `option_${option.value}`, languages, optionLabelLimit, "builder.optionTooLong");
    if ("error" in result) return { error: result.error, field: `option_${option.value}` };
    labels.set(option.id, result.values);
  }
  const codes = optionCodes(question, fields, labels, main);
  if ("error" in codes) return codes;

  const written = writtenOptionTypes.includes(question.type);
  const newLabels = written ? nonEmptyLines(fields.newOptions) : [];
  if (newLabels.some(hasControlCharacters)) return { error: "form.controlCharacters", field: "newOptions" };
  if (newLabels.length > newLinesLimit) return { error: "builder.tooManyLines", field: "newOptions", vars: { max: String(newLinesLimit) } };
  if (newLabels.some((label) => label.length > optionLabelLimit)) return { error: "builder.optionTooLong", field: "newOptions" };
  const seen = question.options.map((o) => labels.get(o.id)![main] ?? "").filter(Boolean);
  for (const label of newLabels) {
    if (seen.some((other) => same(other, label))) return { error: "builder.duplicateOption", field: "newOptions", vars: { label } };
    seen.push(label);
  }

  // New options go before "Other" and "Don't know", which stay last.
  const regular = question.options.filter((o) => !o.isOther && !o.isDontKnow);
  const last = question.options.filter((o) => o.isOther || o.isDontKnow);
  const used = new Set(codes.values());
  const newOptions = newLabels.map((label, index) => {
    const position = regular.length + index;
    return { value: codeForLabel(label, position, used), label: { [main]: label }, position };
  });
  const options = [...regular, ...last].map((option, index) => ({
    id: option.id,
    value: codes.get(option.id)!,
    label: labels.get(option.id)!,
    position: index < regular.length ? index : index + newOptions.length,
    renamed: codes.get(option.id) !== option.value,
  }));

  const statements: ChoicePlan["statements"] = [];
  for (const statement of question.statements) {
    const result = translated(fields, `statement_${statement.key}`, languages, statementLimit);
    if ("error" in result) return { error: result.error, field: `statement_${statement.key}` };
    statements.push({ id: statement.id, key: statement.key, text: result.values });
  }
  const newTexts = question.type === "LIKERT_MATRIX" ? nonEmptyLines(fields.newStatements) : [];
  if (newTexts.some(hasControlCharacters)) return { error: "form.controlCharacters", field: "newStatements" };
  if (newTexts.length > newLinesLimit) return { error: "builder.tooManyLines", field: "newStatements", vars: { max: String(newLinesLimit) } };
  if (newTexts.some((line) => line.length > statementLimit)) return { error: "builder.tooLong", field: "newStatements" };
  const keys = new Set(question.statements.map((s) => s.key));
  const newStatements = newTexts.map((line, index) => {
    let n = keys.size + 1;
    while (keys.has(`s${n}`)) n++;
    keys.add(`s${n}`);
    return { key: `s${n}`, text: { [main]: line }, position: question.statements.length + index };
  });
  return { options, newOptions, statements, newStatements };
}

/** Each existing option's code after the save, by option id. */
function optionCodes(question: EditedQuestion, fields: Record<string, unknown>, labels: Map<string, Texts>, main: string): ChoiceError | Map<string, string> {
  const written = writtenOptionTypes.includes(question.type);
  const editable = written && !question.answered;
  const codes = new Map<string, string>();
  const relabelled: { id: string; label: string; position: number }[] = [];
  for (const [position, option] of question.options.entries()) {
    const typed = fields[`code_${option.value}`];
    const code = written && typeof typed === "string" ? typed.trim() : option.value;
    if (code !== option.value) {
      // A form opened before the first answer arrived may still offer to change a code.
      if (!editable) return { error: "builder.codesLocked", field: `code_${option.value}` };
      if (!isValidCode(code)) return { error: "builder.codeInvalid", field: `code_${option.value}` };
      codes.set(option.id, code);
      continue;
    }
    const before = ((option.label ?? {}) as Texts)[main] ?? "";
    const after = labels.get(option.id)![main] ?? "";
    if (editable && after && after !== before && isDerivedCode(option.value, before)) relabelled.push({ id: option.id, label: after, position });
    else codes.set(option.id, option.value);
  }
  const owner = new Map<string, string>();
  for (const option of question.options) {
    const code = codes.get(option.id);
    if (code === undefined) continue;
    if (owner.has(code)) {
      const typedHere = code !== option.value;
      const blamed = typedHere ? option.value : question.options.find((o) => o.id === owner.get(code))!.value;
      return { error: "builder.codeTaken", field: `code_${blamed}`, vars: { code } };
    }
    owner.set(code, option.id);
  }
  const used = new Set(codes.values());
  for (const { id, label, position } of relabelled) codes.set(id, codeForLabel(label, position, used));
  return codes;
}
