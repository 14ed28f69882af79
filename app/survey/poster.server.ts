import { residentDictionary } from "~/i18n/i18n.server";
import { isResidentLanguage, mainLanguageFirst, textDirection } from "~/i18n/languages";
import type { Messages } from "~/i18n/messages/en";
import { createTranslator, pickText } from "~/i18n/translate";
import { prisma } from "~/db.server";
import { publicUrl } from "~/utils/public-url.server";
import { qrCodeSvg } from "./qr-code.server";

/**
 * An A4 poster: the title and instructions in each of the survey's languages, the join code in
 * large letters, the address and the QR code.
 */
export async function surveyPoster(request: Request, surveyId: string) {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const url = publicUrl(request, `/s/${survey.joinCode}`);
  const home = publicUrl(request, "/");
  return {
    joinCode: survey.joinCode,
    url,
    qrSvg: await qrCodeSvg(url),
    // The main language first: it gets the large title.
    languages: mainLanguageFirst(survey.languages, survey.defaultLanguage).filter(isResidentLanguage).map((lang) => {
      // Only the printed keys are looked up, which every residents' dictionary has.
      const t = createTranslator(residentDictionary(lang) as Messages, lang);
      return {
        lang,
        dir: textDirection(lang),
        title: pickText(survey.title, lang, survey.defaultLanguage),
        scan: t("poster.scan"),
        orType: t("poster.orType", { url: home.replace(/^https?:\/\//, "") }),
        anonymous: t("poster.anonymous"),
      };
    }),
  };
}
