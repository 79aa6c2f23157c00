import { msg } from "@/lib/i18n/translate";
// Plain-Italian names of the income exemption codes, as the citizen chooses among them.

export const INCOME_CODES = {
  E01: msg("Minori di 6 anni e persone di almeno 65 anni, con reddito familiare fino a € 36.151,98"),
  E02: msg("Disoccupati e loro familiari a carico, con reddito familiare basso"),
  E03: msg("Titolari di assegno sociale e loro familiari a carico"),
  E04: msg("Titolari di pensione al minimo di almeno 60 anni e loro familiari a carico, con reddito familiare basso"),
} as const;

export const KIND_LABELS = { PATHOLOGY: msg("Per patologia"), INVALIDITY: msg("Per invalidità"), INCOME: msg("Per reddito") } as const;
