import { languageName, textDirection } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";
import { maxCodeLength } from "~/survey/option-codes";
import { NewLinesField } from "./new-lines-field";

type Texts = Record<string, string>;

interface Props {
  languages: string[];
  defaultLanguage: string;
  type: string;
  /** Single and multiple choice: the organiser writes the options and their codes. */
  writesOptions: boolean;
  /** The question has answers: codes stay as they are. */
  hasAnswers: boolean;
  options: { id: string; value: string; label: Texts }[];
  statements: { id: string; key: string; text: Texts }[];
  /** The field the last refused save was about, and its message. */
  problem: { field: string; message: string } | null;
  unsaved: { newOptions: string; newStatements: string } | null;
}

/**
 * The options (with their codes) and the statements of a question in every language, and
 * fields for new ones. Part of the question's form, whose save button saves them all.
 */
export function ChoiceFields({ languages, defaultLanguage, type, writesOptions, hasAnswers, options, statements, problem, unsaved }: Props) {
  const { t } = useTranslation();
  const errorOf = (field: string) => (problem && problem.field === field ? problem.message : undefined);
  const labelFields = (prefix: string, label: (lang: string) => string, values: Texts, maxLength: number) =>
    languages.map((lang) => {
      const id = `${prefix}_${lang}`;
      return (
        <div className="field" key={id}>
          <label htmlFor={id}>{label(lang)}</label>
          <input id={id} name={id} lang={lang} dir={textDirection(lang)} maxLength={maxLength} defaultValue={values[lang] ?? ""} />
        </div>
      );
    });
  return (
    <>
      {options.length || writesOptions ? (
        <fieldset className="question">
          <legend>{t("builder.options")}</legend>
          {writesOptions ? (
            <p className="hint" id="codes-hint">
              {t(hasAnswers ? "builder.codesLocked" : "builder.codesHint")}
            </p>
          ) : null}
          {options.map((option, index) => {
            const number = index + 1;
            const codeId = `code_${option.value}`;
            const codeError = errorOf(codeId);
            return (
              <div key={option.value} className="choice-editor">
                {labelFields(`option_${option.value}`, (lang) => t("builder.optionLabel", { number, language: languageName(lang) }), option.label, 500)}
                {writesOptions ? (
                  <div className="field">
                    <label htmlFor={codeId}>{t("builder.optionCode", { number })}</label>
                    <input
                      id={codeId}
                      name={codeId}
                      className="code"
                      defaultValue={option.value}
                      readOnly={hasAnswers}
                      maxLength={maxCodeLength}
                      autoCapitalize="none"
                      spellCheck={false}
                      aria-invalid={codeError ? true : undefined}
                      aria-describedby={codeError ? `codes-hint ${codeId}-error` : "codes-hint"}
                    />
                    {codeError ? (
                      <p className="field-error" id={`${codeId}-error`}>
                        {codeError}
                      </p>
                    ) : null}
                  </div>
                ) : null}
              </div>
            );
          })}
          {writesOptions ? (
            <NewLinesField
              name="newOptions"
              lang={defaultLanguage}
              legend={t(options.length ? "builder.moreOptions" : "builder.firstOptions")}
              areaLabel={t("builder.newOptionsArea", { language: languageName(defaultLanguage) })}
              itemLabel={(number) => t("builder.newOption", { number, language: languageName(defaultLanguage) })}
              hint={t("builder.newOptionsHint")}
              emptyFields={options.length ? 1 : 2}
              initial={unsaved?.newOptions}
              error={errorOf("newOptions")}
            />
          ) : null}
        </fieldset>
      ) : null}
      {type === "LIKERT_MATRIX" ? (
        <fieldset className="question">
          <legend>{t("builder.statements")}</legend>
          {statements.map((statement, index) => (
            <div key={statement.key} className="choice-editor">
              {labelFields(
                `statement_${statement.key}`,
                (lang) => t("builder.statementLabel", { number: index + 1, language: languageName(lang) }),
                statement.text,
                1000,
              )}
            </div>
          ))}
          <NewLinesField
            name="newStatements"
            lang={defaultLanguage}
            legend={t("builder.newStatements")}
            areaLabel={t("builder.newStatementsArea", { language: languageName(defaultLanguage) })}
            itemLabel={(number) => t("builder.newStatement", { number, language: languageName(defaultLanguage) })}
            hint={t("builder.newStatementsHint")}
            emptyFields={statements.length ? 1 : 2}
            initial={unsaved?.newStatements}
            error={errorOf("newStatements")}
          />
        </fieldset>
      ) : null}
    </>
  );
}

/**
 * Deleting an option or a statement: buttons after the form's save button, so that Enter in a
 * field saves (the first button of a form is the one Enter presses).
 */
export function DeleteChoiceButtons({ options, statements }: Pick<Props, "options" | "statements">) {
  const { t } = useTranslation();
  if (!options.length && !statements.length) return null;
  return (
    <div className="language-forms">
      {options.map((option, index) => (
        <button key={option.id} type="submit" name="intent" value={`deleteOption:${option.id}`} className="button">
          {t("builder.deleteOption", { number: index + 1 })}
        </button>
      ))}
      {statements.map((statement, index) => (
        <button key={statement.id} type="submit" name="intent" value={`deleteStatement:${statement.id}`} className="button">
          {t("builder.deleteStatement", { number: index + 1 })}
        </button>
      ))}
    </div>
  );
}
