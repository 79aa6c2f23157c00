import { DOCUMENT_TYPES } from "@/lib/documents/document-types";
import type { IndicatorKey, ServiceRow } from "./types";

// What the national monitoring publishes for each region, in its order and words: the indicators, the
// document types a citizen may find in the FSE, the services a regional FSE offers. The staff consoles
// are in Italian only.

export type IndicatorDefinition = {
  key: IndicatorKey;
  group: "citizens" | "professionals";
  title: string;
  numeratorLabel: string;
  denominatorLabel: string;
  /** Which window the figure covers: the 90 days, the state at the reference date, or the chosen period. */
  window: "citizen" | "reference" | "period";
};

export const INDICATORS: IndicatorDefinition[] = [
  {
    key: "citizenUse",
    group: "citizens",
    title: "Utilizzo del FSE da parte dei cittadini",
    numeratorLabel: "Cittadini che hanno usato il FSE negli ultimi 90 giorni (di persona o tramite chi li rappresenta)",
    denominatorLabel: "Cittadini con almeno un documento reso disponibile negli ultimi 90 giorni",
    window: "citizen",
  },
  {
    key: "citizenConsent",
    group: "citizens",
    title: "Consenso alla consultazione",
    numeratorLabel: "Cittadini che hanno dato il consenso alla consultazione",
    denominatorLabel: "Tutti i cittadini assistiti",
    window: "reference",
  },
  {
    key: "specialistsEnabled",
    group: "professionals",
    title: "Medici specialisti abilitati al FSE",
    numeratorLabel: "Medici specialisti delle strutture della regione abilitati al FSE",
    denominatorLabel: "Tutti i medici specialisti delle strutture della regione",
    window: "reference",
  },
  {
    key: "gpActivity",
    group: "professionals",
    title: "Medici di medicina generale e pediatri che usano il FSE",
    numeratorLabel: "MMG e PLS con almeno un'operazione sul FSE nel periodo (consultazione, pubblicazione, prescrizione)",
    denominatorLabel: "Tutti gli MMG e PLS abilitati al FSE",
    window: "period",
  },
];

export type AvailabilityDefinition = { code: string; label: string; source: "document" | "prescription" };

const documentType = (code: string): AvailabilityDefinition => ({ code, label: DOCUMENT_TYPES[code]?.label ?? code, source: "document" });

/** The document types of the national availability table; prescriptions come from the e-prescription list. */
export const AVAILABILITY: AvailabilityDefinition[] = [
  documentType("34105-7"),
  documentType("11502-2"),
  documentType("68604-8"),
  documentType("11488-4"),
  documentType("59258-4"),
  { code: "PHARMACEUTICAL", label: "Prescrizione farmaceutica", source: "prescription" },
  { code: "SPECIALIST", label: "Prescrizione specialistica", source: "prescription" },
  documentType("60591-5"),
  documentType("82593-5"),
  documentType("87273-9"),
  documentType("11526-1"),
];

/** The services of the national list, with where this portal offers each; two it leaves to other systems. */
export const SERVICES: ServiceRow[] = [
  { name: "Consultazione dei documenti e download", offered: true, where: "/documenti" },
  { name: "Oscuramento dei documenti", offered: true, where: "/documenti" },
  { name: "Consenso alla consultazione", offered: true, where: "/consensi" },
  { name: "Deleghe e accesso per i figli minori", offered: true, where: "/deleghe" },
  { name: "Registro degli accessi al fascicolo", offered: true, where: "/accessi" },
  { name: "Notifiche", offered: true, where: "/notifiche" },
  { name: "Ricette elettroniche e promemoria", offered: true, where: "/ricette" },
  { name: "Vaccinazioni e certificato vaccinale", offered: true, where: "/vaccinazioni" },
  { name: "Esenzioni e autocertificazione per reddito", offered: true, where: "/esenzioni" },
  { name: "Prenotazione di visite ed esami", offered: true, where: "/prenotazioni" },
  { name: "Profilo sanitario sintetico", offered: true, where: "/profilo-sanitario" },
  { name: "Taccuino personale", offered: true, where: "/taccuino" },
  { name: "Percorsi di presa in carico", offered: true, where: "/presa-in-carico" },
  { name: "Andamento degli esami di laboratorio", offered: true, where: "/esami" },
  { name: "Pagamento del ticket", offered: false, where: null },
  { name: "Scelta e revoca del medico", offered: false, where: null },
];
