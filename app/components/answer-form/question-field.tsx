import { ChoiceQuestion } from "./choice-question";
import type { QuestionFieldProps } from "./field-props";
import { MatrixQuestion } from "./matrix-question";
import { RatingQuestion } from "./rating-question";
import { TextQuestion } from "./text-question";

export function QuestionField(props: QuestionFieldProps) {
  switch (props.question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
    case "LIKERT":
      return <ChoiceQuestion {...props} />;
    case "LIKERT_MATRIX":
      return <MatrixQuestion {...props} />;
    case "RATING":
      return <RatingQuestion {...props} />;
    default:
      return <TextQuestion {...props} />;
  }
}
