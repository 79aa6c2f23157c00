// Plain-Italian names of the income exemption codes, as the citizen chooses among them.

export const INCOME_CODES = {
  E01: "Minori di 6 anni e persone di almeno 65 anni, con reddito familiare fino a € 36.151,98",
  E02: "Disoccupati e loro familiari a carico, con reddito familiare basso",
  E03: "Titolari di assegno sociale e loro familiari a carico",
  E04: "Titolari di pensione al minimo di almeno 60 anni e loro familiari a carico, con reddito familiare basso",
} as const;

export const KIND_LABELS = { PATHOLOGY: "Per patologia", INVALIDITY: "Per invalidità", INCOME: "Per reddito" } as const;
