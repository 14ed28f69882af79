import { fieldName } from "~/survey/resident-survey";
import { describedBy, questionId, type QuestionFieldProps } from "./field-props";
import { QuestionNotes, QuestionText } from "./question-heading";

const points = Array.from({ length: 11 }, (_, i) => String(i));

/**
 * A 0–10 scale as radio buttons: no value is preselected, unlike a slider. Each point is its
 * radio with the number under it; the scale is one row where eleven 44 px points fit, else six
 * and five (see app.css).
 */
export function RatingQuestion(props: QuestionFieldProps) {
  const { question, values, onChange } = props;
  const name = fieldName(question.key);
  return (
    <fieldset id={questionId(question.key)} className="question" aria-describedby={describedBy(props)}>
      <legend>
        <QuestionText question={question} />
      </legend>
      <QuestionNotes {...props} />
      <div className="rating-scale">
        <div className="options rating">
          {points.map((point) => {
            const id = `${questionId(question.key)}-${point}`;
            return (
              <div key={point} className="option">
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={point}
                  checked={values[name]?.[0] === point}
                  onChange={() => onChange(name, [point])}
                />
                <label htmlFor={id}>{point}</label>
              </div>
            );
          })}
        </div>
      </div>
    </fieldset>
  );
}
