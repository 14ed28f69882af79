import type { LoaderFunctionArgs } from "@remix-run/node";
import { qrCodeSvg } from "~/survey/qr-code.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { surveyOverview } from "~/survey/survey-overview.server";
import { publicUrl } from "~/utils/public-url.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  const { joinCode } = await surveyOverview(params.surveyId!, "en");
  return new Response(await qrCodeSvg(publicUrl(request, `/s/${joinCode}`)), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="balss-${joinCode}.svg"`,
    },
  });
}
