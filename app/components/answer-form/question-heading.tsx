import { useTranslation } from "~/i18n/use-translation";
import { errorId, notesId, type QuestionFieldProps } from "./field-props";
import { typedBounds } from "./typed-bounds";

/** Question text with its required/optional mark. */
export function QuestionText({ question }: Pick<QuestionFieldProps, "question">) {
  const { t } = useTranslation();
  return (
    <>
      <span className="question-text">{question.text}</span>{" "}
      <span className="question-mark">({t(question.required ? "answer.required" : "answer.optional")})</span>
    </>
  );
}

export function QuestionNotes({ question, notes, error }: Pick<QuestionFieldProps, "question" | "notes" | "error">) {
  const { t, uiLanguage } = useTranslation();
  return (
    <>
      {notes.length ? (
        <div id={notesId(question.key)} className="hint">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      ) : null}
      {error ? (
        <p id={errorId(question.key)} className="field-error">
          {t(error.message, error.vars && typedBounds(error.vars, uiLanguage))}
        </p>
      ) : null}
    </>
  );
}
