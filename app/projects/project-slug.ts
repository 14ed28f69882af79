import { uiLanguages } from "~/i18n/languages";
import { slugify } from "~/utils/transliterate";

/** A project's short name in addresses: 2 to 41 small Latin letters, digits and dashes. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{1,40}$/;
/** Suggestions stop short of the 41 characters allowed, leaving room to number a name that is taken ("-2"). */
const suggestionMaxLength = 36;

/**
 * The short name suggested for a new project, from the first name the form has (in the
 * form's order of languages): "Pilsoniskā līdzdalība 2027" → "pilsoniska-lidzdaliba-2027",
 * "Молодёжный совет" → "molodyozhnyy-sovet". Whole words, as many as fit; "" when the name
 * gives too little. Used by the form as the user types and by the server when it is left empty.
 */
export function suggestSlug(fields: Record<string, unknown>): string {
  const name = uiLanguages.map((lang) => fields[`name_${lang}`]).find((value) => typeof value === "string" && value.trim());
  let slug = "";
  for (const word of slugify(String(name ?? "")).split("-").filter(Boolean)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > suggestionMaxLength) {
      slug ||= word.slice(0, suggestionMaxLength);
      break;
    }
    slug = longer;
  }
  return slugPattern.test(slug) ? slug : "";
}
