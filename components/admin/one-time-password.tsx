"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/**
 * The one-time password, shown once right after it was made: it lives only in the form's state in
 * this browser tab, so leaving or reloading the page loses it for good (a reset makes a new one).
 */
export function OneTimePassword({ heading, password }: { heading: string; password: string }) {
  const t = useTranslations("oneTimePassword");
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div className="notice stack otp-panel" role="status" tabIndex={-1} ref={panel}>
      <p><strong>{heading}</strong></p>
      <p>
        {t("label")}: <code className="otp" data-testid="one-time-password">{password}</code>
      </p>
      <p>{t("note")}</p>
    </div>
  );
}
