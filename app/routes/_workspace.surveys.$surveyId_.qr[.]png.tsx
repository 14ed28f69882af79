import type { LoaderFunctionArgs } from "@remix-run/node";
import { qrCodePng } from "~/survey/qr-code.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { surveyOverview } from "~/survey/survey-overview.server";
import { publicUrl } from "~/utils/public-url.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  const { joinCode } = await surveyOverview(params.surveyId!, "en");
  const png = await qrCodePng(publicUrl(request, `/s/${joinCode}`));
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Content-Disposition": `attachment; filename="balss-${joinCode}.png"` },
  });
}
