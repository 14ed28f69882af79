import { Form } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import type { MessageKey } from "~/i18n/messages/en";

interface JoinCodeFormProps {
  defaultCode?: string;
  error?: { message: MessageKey; code?: string; wait?: number };
}

/** Posts to the start page, which finds the survey and sends the resident on. */
export function JoinCodeForm({ defaultCode, error }: JoinCodeFormProps) {
  const { t, uiLanguage } = useTranslation();
  return (
    <Form method="post" action={`/?index&lang=${uiLanguage}`} className="join-form" noValidate>
      <input type="hidden" name="lang" value={uiLanguage} />
      <div className="field">
        <label htmlFor="join-code">{t("home.codeLabel")}</label>
        <p id="join-code-hint" className="hint">
          {t("home.codeHint")}
        </p>
        <input
          id="join-code"
          name="code"
          defaultValue={defaultCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "join-code-hint join-code-error" : "join-code-hint"}
          className="join-code-input"
        />
        {error ? (
          <p id="join-code-error" className="field-error" role="alert">
            {t(error.message, { code: error.code ?? "", wait: error.wait ?? 0 })}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button primary">
        {t("home.submit")}
      </button>
    </Form>
  );
}
