import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readProtectedForm } from "~/auth/authorize.server";
import { endSession, findSession } from "~/auth/session.server";

// Signing out is a POST from the workspace header; a plain visit just goes to the sign-in page.
export async function loader(_: LoaderFunctionArgs) {
  return redirect("/signin");
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await findSession(request);
  if (session) await readProtectedForm(request, session.csrfToken);
  return redirect("/signin", { headers: { "Set-Cookie": await endSession(request) } });
}
