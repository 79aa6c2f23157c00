// Dates are stored in UTC and shown in Italian time (ARCHITECTURE §5).
const TIME_ZONE = "Europe/Rome";

const dateFormat = new Intl.DateTimeFormat("it-IT", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const shortDateFormat = new Intl.DateTimeFormat("it-IT", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("it-IT", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export const formatDate = (iso: string | Date) => dateFormat.format(new Date(iso));
export const formatShortDate = (iso: string | Date) => shortDateFormat.format(new Date(iso));
export const formatDateTime = (iso: string | Date) => dateTimeFormat.format(new Date(iso));

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("it-IT", { maximumFractionDigits: 0 })} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("it-IT", { maximumFractionDigits: 1 })} MB`;
}
