// Plain wording of the access-log vocabulary, in Italian; translated where it is shown.
import { msg, type Translator } from "@/lib/i18n/translate";

export const ROLE_LABELS: Record<string, string> = {
  CITIZEN: msg("Assistito"),
  DELEGATE: msg("Delegato"),
  OPERATOR: msg("Operatore di sportello"),
  PROFESSIONAL: msg("Professionista sanitario"),
  ADMIN: msg("Amministratore"),
  FACILITY: msg("Struttura sanitaria"),
};

export const ACTION_LABELS: Record<string, string> = {
  "document.list": msg("Ha consultato l'elenco dei documenti"),
  "document.read": msg("Ha letto un documento"),
  "document.download": msg("Ha aperto o scaricato il file di un documento"),
  "accessLog.read": msg("Ha consultato il registro degli accessi"),
  "document.visibility": msg("Ha cambiato la visibilità di un documento"),
  "consent.read": msg("Ha consultato i consensi"),
  "consent.manage": msg("Ha cambiato i consensi"),
  "delegation.manage": msg("Ha registrato, confermato o chiuso una delega"),
  "delegation.respond": msg("Ha risposto a una delega"),
  "delegation.request": msg("Ha chiesto una delega come genitore"),
  "delegation.read": msg("Ha consultato le deleghe"),
  "notification.read": msg("Ha letto le notifiche"),
  "notification.manage": msg("Ha cambiato la scelta sulle notifiche"),
  "desk.session": msg("Ha aperto o chiuso una sessione di sportello"),
  "health.read": msg("Ha consultato i dati sanitari"),
  "health.manage": msg("Ha modificato i dati sanitari"),
  "document.publish": msg("Ha pubblicato o aggiornato un documento"),
};

// Every purpose the code writes has its plain wording here (a test reads the code for them): a person
// reading "why" must never meet a code such as "DOWNLOAD".
export const PURPOSE_LABELS: Record<string, string> = {
  CONSULTAZIONE: msg("Consultazione nel portale"),
  PUBBLICAZIONE: msg("Pubblicazione di un nuovo documento da parte della struttura che l'ha prodotto"),
  SOSTITUZIONE: msg("Sostituzione con una nuova versione, da parte della struttura che l'ha prodotto"),
  RITIRO: msg("Ritiro del documento da parte della struttura che l'ha prodotto"),
  METADATI: msg("Aggiornamento dei dati del documento (per esempio la visibilità) da parte della struttura"),
  DOWNLOAD: msg("Copia scaricata sul dispositivo"),
  VISUALIZZAZIONE: msg("Apertura sullo schermo"),
  CURA: msg("Per la cura, con il consenso alla consultazione"),
  EMERGENZA: msg("Accesso in emergenza"),
  GESTIONE_CONSENSI: msg("Gestione dei consensi"),
  OSCURAMENTO: msg("Oscuramento"),
  DEOSCURAMENTO: msg("Fine dell'oscuramento"),
  SPORTELLO: msg("Allo sportello"),
  STAMPA: msg("Stampa allo sportello"),
  NUOVA_DELEGA: msg("Nuova delega"),
  RICHIESTA_DELEGA: msg("Richiesta con autocertificazione"),
  CONFERMA_DELEGA: msg("Conferma della richiesta"),
  ACCETTAZIONE_DELEGA: msg("Accettazione della delega"),
  RIFIUTO_DELEGA: msg("Rifiuto della delega"),
  RINUNCIA_DELEGA: msg("Rinuncia alla delega"),
  FINE_DELEGA: msg("Fine della delega"),
  GESTIONE_VISIBILITA: msg("Elenco dei documenti oscurati, allo sportello"),
  RICEVUTA: msg("Ricevuta dello sportello"),
  RICETTE: msg("Elenco delle ricette"),
  PROMEMORIA_RICETTA: msg("Promemoria di una ricetta"),
  VACCINAZIONI: msg("Storico vaccinale"),
  CERTIFICATO_VACCINALE: msg("Certificato vaccinale"),
  ESENZIONI: msg("Esenzioni"),
  ANDAMENTO_ESAMI: msg("Andamento degli esami"),
  PROFILO_SANITARIO: msg("Profilo sanitario sintetico"),
  PRENOTAZIONI: msg("Prenotazioni"),
  PRESA_IN_CARICO: msg("Percorso di cura"),
  TACCUINO: msg("Taccuino personale"),
  PROFILO: msg("Profilo e contatti"),
  CONTATTI: msg("Conferma dei contatti"),
  PRIMO_ACCESSO: msg("Primo accesso"),
  RIEPILOGO_SCELTE: msg("Riepilogo delle scelte"),
  TACCUINO_FILE: msg("File del taccuino"),
  PRENOTAZIONE: msg("Nuova prenotazione"),
  SCELTA_ORARIO: msg("Scelta dell'orario di una prenotazione"),
  SCELTA_NUOVO_ORARIO: msg("Scelta di un nuovo orario per un appuntamento"),
  SPOSTAMENTO: msg("Spostamento di un appuntamento"),
  NUOVI_DOCUMENTI: msg("Documenti arrivati dall'ultima visita, nella pagina iniziale"),
  DA_FARE: msg("Cose da fare, nella pagina iniziale"),
  NOTIFICHE_NON_LETTE: msg("Conteggio delle notifiche non lette"),
  DISDETTA: msg("Disdetta di un appuntamento"),
  PROMEMORIA_APPUNTAMENTO: msg("Promemoria di un appuntamento"),
  AUTOCERTIFICAZIONE_ESENZIONE: msg("Autocertificazione di un'esenzione per reddito"),
  REVOCA_ESENZIONE: msg("Revoca di un'esenzione per reddito"),
  RICEVUTA_ESENZIONE: msg("Ricevuta di un'esenzione"),
  LINGUA: msg("Lingua del portale"),
  DELEGHE: msg("Pagina delle deleghe"),
  PER_CONTO_DI: msg("Consultazione per conto di un'altra persona"),
  SCELTA_FASCICOLO: msg("Scelta del fascicolo da consultare"),
  NOTIFICHE: msg("Notifiche"),
  PREFERENZA_NOTIFICHE: msg("Scelta sulle notifiche"),
  // The opening of a desk session names the kind of identity document checked (the session keeps its last characters).
  APERTURA_SPORTELLO_CIE: msg("Apertura allo sportello, identità controllata sulla carta d'identità elettronica"),
  APERTURA_SPORTELLO_CARTA_IDENTITA: msg("Apertura allo sportello, identità controllata sulla carta d'identità cartacea"),
  APERTURA_SPORTELLO_PASSAPORTO: msg("Apertura allo sportello, identità controllata sul passaporto"),
  APERTURA_SPORTELLO_PATENTE: msg("Apertura allo sportello, identità controllata sulla patente di guida"),
  CHIUSURA_SPORTELLO: msg("Chiusura della sessione di sportello"),
};

export const OUTCOME_LABELS: Record<string, string> = { ALLOW: msg("Consentito"), DENY: msg("Negato") };

/** Shown in place of the title of a document that no longer exists. */
export const DOCUMENT_UNAVAILABLE = msg("Documento non disponibile");

export const REASON_LABELS: Record<string, string> = {
  ALLOWED: "",
  NO_BASIS: msg("nessuna autorizzazione"),
  MINOR_SELF_ACCESS: msg("fascicolo di un minore"),
  HIDDEN_FROM_PATIENT: msg("documento non ancora disponibile"),
  NOT_FOUND: msg("documento inesistente"),
  ROLE_NOT_ALLOWED: msg("ruolo non autorizzato"),
  NOT_VISIBLE: msg("documento non visibile a questo soggetto"),
  NO_CONSENT: msg("manca il consenso alla consultazione"),
  NO_EMERGENCY_CONSENT: msg("manca il consenso per l'emergenza"),
  DELEGATION_PENDING: msg("delega non ancora attiva"),
  DELEGATION_ENDED: msg("delega terminata"),
  DELEGATION_EXPIRED: msg("delega scaduta"),
  DELEGATION_ENDED_AT_MAJORITY: msg("delega dei genitori terminata alla maggiore età"),
  OUT_OF_SCOPE: msg("fuori dall'ambito della delega"),
  DESK_SESSION_EXPIRED: msg("sessione di sportello scaduta"),
  SUBJECT_NOT_MINOR: msg("la persona non è minorenne"),
  OTHER_RECORD: msg("chiesto da un altro fascicolo"),
};

/** A code's wording in the reader's language; the code itself when the vocabulary does not know it. */
export function labelOf(labels: Record<string, string>, code: string, t: Translator): string {
  const text = labels[code];
  return text ? t(text) : code;
}

/** A document's own title, as written by its facility; only the placeholder of a vanished one is translated. */
export function documentTitleOf(title: string, t: Translator): string {
  return title === DOCUMENT_UNAVAILABLE ? t(DOCUMENT_UNAVAILABLE) : title;
}
