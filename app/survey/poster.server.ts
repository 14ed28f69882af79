import { dictionaries } from "~/i18n/i18n.server";
import { isUiLanguage } from "~/i18n/languages";
import { createTranslator, pickText } from "~/i18n/translate";
import { prisma } from "~/db.server";
import { publicUrl } from "~/utils/public-url.server";
import { qrCodeSvg } from "./qr-code.server";

/**
 * An A4 poster: the title and instructions in each of the survey's languages the interface
 * speaks, the join code in large letters, the address and the QR code.
 */
export async function surveyPoster(request: Request, surveyId: string) {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const url = publicUrl(request, `/s/${survey.joinCode}`);
  const home = publicUrl(request, "/");
  return {
    joinCode: survey.joinCode,
    url,
    qrSvg: await qrCodeSvg(url),
    languages: survey.languages.filter(isUiLanguage).map((lang) => {
      const t = createTranslator(dictionaries[lang], lang);
      return {
        lang,
        title: pickText(survey.title, lang, survey.defaultLanguage),
        scan: t("poster.scan"),
        orType: t("poster.orType", { url: home.replace(/^https?:\/\//, "") }),
        anonymous: t("poster.anonymous"),
      };
    }),
  };
}
