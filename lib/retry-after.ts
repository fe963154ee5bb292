// "Try again in …" for the login and unlock forms: seconds under a minute, else whole minutes.

/** Whole seconds from `now` until `at`, at least 1. */
export function secondsUntil(at: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
}

/** The message in the form's namespace (keys rateLimitedSeconds and rateLimitedMinutes). */
export function retryText(t: (key: string, values: Record<string, number>) => string, seconds: number): string {
  return seconds < 60 ? t("rateLimitedSeconds", { seconds }) : t("rateLimitedMinutes", { minutes: Math.ceil(seconds / 60) });
}
