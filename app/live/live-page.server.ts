import { resolveUiLanguage } from "~/i18n/i18n.server";
import { qrCodeSvg } from "~/survey/qr-code.server";
import { publicUrl } from "~/utils/public-url.server";
import { liveResults } from "./live-presentation.server";

/** The projector page's first state, its join code's address and QR code. */
export async function livePage(request: Request, surveyId: string) {
  const initial = await liveResults(surveyId, await resolveUiLanguage(request));
  const residentUrl = publicUrl(request, `/s/${initial.joinCode}`);
  return { initial, residentUrl, qrSvg: await qrCodeSvg(residentUrl) };
}
