import { json, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { PageShell } from "~/components/page-shell";
import { textDirection } from "~/i18n/languages";
import { languageCookie, pageTranslations } from "~/i18n/i18n.server";
import { isResidentPath } from "~/i18n/resident-pages";
import { useContentLanguage, useTranslation } from "~/i18n/use-translation";
import styles from "~/styles/app.css";
import { useNonce } from "~/utils/nonce";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const i18n = await pageTranslations(request);
  const chosen = new URL(request.url).searchParams.has("lang");
  return json(
    { i18n },
    chosen ? { headers: { "Set-Cookie": await languageCookie.serialize(i18n.uiLanguage) } } : undefined,
  );
}

// The dictionary only changes with the language, or between residents' pages and the rest;
// skip reloading it after every form step.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.searchParams.get("lang") !== nextUrl.searchParams.get("lang") ||
  isResidentPath(currentUrl.pathname) !== isResidentPath(nextUrl.pathname);

function DocumentLanguage({ children }: { children: ReactNode }) {
  const lang = useContentLanguage();
  const nonce = useNonce();
  return (
    <html lang={lang} dir={textDirection(lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const hasRootData = Boolean(useRouteLoaderData("root"));
  // Set once React has hydrated the page and run its effects (an error boundary's included),
  // so browser tests know when a page's scripts are done rather than guessing with a delay.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  // Without the root loader's data there is no dictionary; render a bare document.
  if (!hasRootData) {
    return (
      <html lang="en">
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Balss</title>
        </head>
        <body>{children}</body>
      </html>
    );
  }
  return <DocumentLanguage>{children}</DocumentLanguage>;
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const hasRootData = Boolean(useRouteLoaderData("root"));
  if (!hasRootData) return <p>Balss is not available right now. Please try again in a moment.</p>;
  return <TranslatedError status={isRouteErrorResponse(error) ? error.status : 500} />;
}

function TranslatedError({ status }: { status: number }) {
  const { t, uiLanguage } = useTranslation();
  const [title, body] =
    status === 404
      ? (["pageNotFound.title", "pageNotFound.body"] as const)
      : status === 503
        ? (["error.unavailableTitle", "error.unavailableBody"] as const)
        : (["error.title", "error.body"] as const);
  return (
    <PageShell title={t(title)}>
      <p>{t(body)}</p>
      <p>
        <a href={`/?lang=${uiLanguage}`}>{t("error.home")}</a>
      </p>
    </PageShell>
  );
}
