import { fieldName } from "~/survey/resident-survey";
import { describedBy, questionId, type QuestionFieldProps } from "./field-props";
import { QuestionNotes, QuestionText } from "./question-heading";

/** Several statements answered on one scale: one fieldset, a group of radios per statement. */
export function MatrixQuestion(props: QuestionFieldProps) {
  const { question, values, onChange } = props;
  return (
    <fieldset id={questionId(question.key)} className="question matrix" aria-describedby={describedBy(props)}>
      <legend>
        <QuestionText question={question} />
      </legend>
      <QuestionNotes {...props} />
      {question.statements.map((statement) => {
        const name = fieldName(question.key, statement.key);
        const rowId = `${questionId(question.key)}-${statement.key}`;
        return (
          <fieldset key={statement.key} className="matrix-row">
            <legend>{statement.text}</legend>
            <div className="options scale">
              {question.options.map((option) => (
                <div key={option.value} className={option.isDontKnow ? "option dont-know" : "option"}>
                  <input
                    type="radio"
                    id={`${rowId}-${option.value}`}
                    name={name}
                    value={option.value}
                    checked={values[name]?.[0] === option.value}
                    onChange={() => onChange(name, [option.value])}
                  />
                  <label htmlFor={`${rowId}-${option.value}`}>{option.label}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
