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
  "document.visibility": "Ha cambiato la visibilità di un documento",
  "consent.read": "Ha consultato i consensi",
  "consent.manage": "Ha cambiato i consensi",
  "delegation.manage": "Ha registrato, confermato o chiuso una delega",
  "delegation.respond": "Ha risposto a una delega",
  "delegation.request": "Ha chiesto una delega come genitore",
  "health.read": "Ha consultato i dati sanitari",
  "health.manage": "Ha modificato i dati sanitari",
};

export const PURPOSE_LABELS: Record<string, string> = {
  CONSULTAZIONE: "Consultazione",
  DOWNLOAD: "Download",
  VISUALIZZAZIONE: "Visualizzazione",
  CURA: "Cura",
  EMERGENZA: "Emergenza",
  GESTIONE_CONSENSI: "Gestione dei consensi",
  OSCURAMENTO: "Oscuramento",
  DEOSCURAMENTO: "Fine dell'oscuramento",
  SPORTELLO: "Allo sportello",
  STAMPA: "Stampa allo sportello",
  NUOVA_DELEGA: "Nuova delega",
  RICHIESTA_DELEGA: "Richiesta con autocertificazione",
  CONFERMA_DELEGA: "Conferma della richiesta",
  ACCETTAZIONE_DELEGA: "Accettazione della delega",
  RIFIUTO_DELEGA: "Rifiuto della delega",
  RINUNCIA_DELEGA: "Rinuncia alla delega",
  FINE_DELEGA: "Fine della delega",
  GESTIONE_VISIBILITA: "Elenco dei documenti oscurati, allo sportello",
  RICEVUTA: "Ricevuta dello sportello",
  RICETTE: "Elenco delle ricette",
  PROMEMORIA_RICETTA: "Promemoria di una ricetta",
  VACCINAZIONI: "Storico vaccinale",
  CERTIFICATO_VACCINALE: "Certificato vaccinale",
  ESENZIONI: "Esenzioni",
  ANDAMENTO_ESAMI: "Andamento degli esami",
  PROFILO_SANITARIO: "Profilo sanitario sintetico",
  AUTOCERTIFICAZIONE_ESENZIONE: "Autocertificazione di un'esenzione per reddito",
  REVOCA_ESENZIONE: "Revoca di un'esenzione per reddito",
  RICEVUTA_ESENZIONE: "Ricevuta di un'esenzione",
};

export const OUTCOME_LABELS: Record<string, string> = { ALLOW: "Consentito", DENY: "Negato" };

export const REASON_LABELS: Record<string, string> = {
  ALLOWED: "",
  NO_BASIS: "nessuna autorizzazione",
  MINOR_SELF_ACCESS: "fascicolo di un minore",
  HIDDEN_FROM_PATIENT: "documento non ancora disponibile",
  NOT_FOUND: "documento inesistente",
  ROLE_NOT_ALLOWED: "ruolo non autorizzato",
  NOT_VISIBLE: "documento non visibile a questo soggetto",
  NO_CONSENT: "manca il consenso alla consultazione",
  NO_EMERGENCY_CONSENT: "manca il consenso per l'emergenza",
  DELEGATION_PENDING: "delega non ancora attiva",
  DELEGATION_ENDED: "delega terminata",
  DELEGATION_EXPIRED: "delega scaduta",
  DELEGATION_ENDED_AT_MAJORITY: "delega dei genitori terminata alla maggiore età",
  OUT_OF_SCOPE: "fuori dall'ambito della delega",
  DESK_SESSION_EXPIRED: "sessione di sportello scaduta",
  SUBJECT_NOT_MINOR: "la persona non è minorenne",
};
