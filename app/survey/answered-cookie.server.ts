import { createCookie } from "@remix-run/node";

// Remembers on the phone, and nowhere else, that a survey was answered there, so a second
// visit can say so. The cookie holds nothing but that fact, and no secret, so it is not
// limited to HTTPS: event set-ups often serve plain HTTP on the local network.
const oneYear = 60 * 60 * 24 * 365;

function answeredCookie(surveyId: string) {
  return createCookie(`answered_${surveyId}`, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    maxAge: oneYear,
  });
}

export async function hasAnswered(request: Request, surveyId: string): Promise<boolean> {
  return (await answeredCookie(surveyId).parse(request.headers.get("Cookie"))) === true;
}

export function rememberAnswered(surveyId: string): Promise<string> {
  return answeredCookie(surveyId).serialize(true);
}
