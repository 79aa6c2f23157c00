// Plain-Italian wording of the access-log vocabulary.

export const ROLE_LABELS: Record<string, string> = {
  CITIZEN: "Assistito",
  DELEGATE: "Delegato",
  OPERATOR: "Operatore di sportello",
  PROFESSIONAL: "Professionista sanitario",
  ADMIN: "Amministratore",
};

export const ACTION_LABELS: Record<string, string> = {
  "document.list": "Ha consultato l'elenco dei documenti",
  "document.read": "Ha letto un documento",
  "document.download": "Ha aperto o scaricato il file di un documento",
  "accessLog.read": "Ha consultato il registro degli accessi",
};

export const PURPOSE_LABELS: Record<string, string> = {
  CONSULTAZIONE: "Consultazione",
  DOWNLOAD: "Download",
  VISUALIZZAZIONE: "Visualizzazione",
};

export const OUTCOME_LABELS: Record<string, string> = { ALLOW: "Consentito", DENY: "Negato" };

export const REASON_LABELS: Record<string, string> = {
  ALLOWED: "",
  NO_BASIS: "nessuna autorizzazione",
  MINOR_SELF_ACCESS: "fascicolo di un minore",
  HIDDEN_FROM_PATIENT: "documento non ancora disponibile",
  NOT_FOUND: "documento inesistente",
  ROLE_NOT_ALLOWED: "ruolo non autorizzato",
};
