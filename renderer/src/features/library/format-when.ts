import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Date and time in full, in the user's language: "22 Nov 2025, 09:40". */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * When something happened, as people say it: "just now", "25 minutes ago", "yesterday" within a
 * week, and the date and time after that (officials come back months later: a date is clearer).
 */
export function formatWhen(iso: string, locale: string, t: TFunction, now = Date.now()): string {
  const d = new Date(iso);
  const at = d.getTime();
  if (Number.isNaN(at)) return iso;
  const ago = now - at;
  if (ago < 0 || ago >= 7 * DAY) return formatDateTime(iso, locale);
  if (ago < MINUTE) return t('library.justNow');
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  return rtf.format(-Math.floor(ago / DAY), 'day');
}
