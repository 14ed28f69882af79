import { useTranslation } from "~/i18n/use-translation";
import { fieldName, otherPart } from "~/survey/resident-survey";
import { describedBy, questionId, type QuestionFieldProps } from "./field-props";
import { QuestionNotes, QuestionText } from "./question-heading";

/** Single choice, Likert scale and multiple choice (with an optional "other: ___"). */
export function ChoiceQuestion(props: QuestionFieldProps) {
  const { question, values, onChange } = props;
  const { t } = useTranslation();
  const multiple = question.type === "MULTIPLE_CHOICE";
  const name = fieldName(question.key);
  const chosen = values[name] ?? [];
  const otherName = fieldName(question.key, otherPart);

  function toggle(value: string, checked: boolean) {
    if (!multiple) return onChange(name, [value]);
    onChange(name, checked ? [...chosen, value] : chosen.filter((v) => v !== value));
  }

  return (
    <fieldset id={questionId(question.key)} className="question" aria-describedby={describedBy(props)}>
      <legend>
        <QuestionText question={question} />
      </legend>
      <QuestionNotes {...props} />
      <div className={question.type === "LIKERT" ? "options scale" : "options"}>
        {question.options.map((option) => {
          const id = `${questionId(question.key)}-${option.value}`;
          return (
            <div key={option.value} className="option">
              <input
                type={multiple ? "checkbox" : "radio"}
                id={id}
                name={name}
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>
              {option.isOther ? (
                <span className="other-text">
                  <label htmlFor={`${id}-text`} className="visually-hidden">
                    {`${option.label}: ${t("answer.otherText")}`}
                  </label>
                  <input
                    id={`${id}-text`}
                    name={otherName}
                    placeholder={t("answer.otherText")}
                    maxLength={500}
                    value={values[otherName]?.[0] ?? ""}
                    onChange={(event) => onChange(otherName, [event.target.value])}
                  />
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
