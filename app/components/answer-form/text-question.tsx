import { fieldName, textLimits } from "~/survey/resident-survey";
import { describedBy, questionId, type QuestionFieldProps } from "./field-props";
import { QuestionNotes, QuestionText } from "./question-heading";

/** Number, short text and long text: one labelled input each. */
export function TextQuestion(props: QuestionFieldProps) {
  const { question, values, onChange, error } = props;
  const name = fieldName(question.key);
  const id = questionId(question.key);
  const common = {
    id,
    name,
    value: values[name]?.[0] ?? "",
    "aria-describedby": describedBy(props),
    "aria-invalid": error ? true : undefined,
    "aria-required": question.required || undefined,
  };
  return (
    <div className="question">
      <label htmlFor={id} className="question-label">
        <QuestionText question={question} />
      </label>
      <QuestionNotes {...props} />
      {question.type === "LONG_TEXT" ? (
        <textarea
          {...common}
          rows={5}
          maxLength={textLimits.LONG_TEXT}
          onChange={(event) => onChange(name, [event.target.value])}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={question.type === "NUMBER" ? "decimal" : undefined}
          maxLength={question.type === "NUMBER" ? 30 : textLimits.SHORT_TEXT}
          autoComplete="off"
          onChange={(event) => onChange(name, [event.target.value])}
        />
      )}
    </div>
  );
}
