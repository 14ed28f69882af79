import { hasPublicResults } from "~/evaluation/public-results-settings.server";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { qrCodeSvg } from "~/survey/qr-code.server";
import { publicUrl } from "~/utils/public-url.server";
import { liveResults } from "./live-presentation.server";

/** The projector page's first state, its join code's address and QR code, and its results page for residents once published. */
export async function livePage(request: Request, surveyId: string) {
  const initial = await liveResults(surveyId, await resolveUiLanguage(request));
  const residentUrl = publicUrl(request, `/s/${initial.joinCode}`);
  const publicResultsUrl = (await hasPublicResults(await findSurveyById(surveyId))) ? `${residentUrl}/results` : null;
  return { initial, residentUrl, publicResultsUrl, qrSvg: await qrCodeSvg(residentUrl) };
}
