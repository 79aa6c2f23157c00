import { catalogManifest, type SchematronEntry } from "./catalogs";

// The FSE list of document types (LOINC codes of ClinicalDocument/code): the affinity domain's accepted
// types, plus the newer types that have an official schematron (those come from the catalogue manifest).
const AFFINITY_DOMAIN_TYPES: Record<string, string> = {
  "57833-6": "Prescrizione farmaceutica",
  "60591-5": "Profilo Sanitario Sintetico",
  "11502-2": "Referto di Laboratorio",
  "57829-4": "Prescrizione per prodotto o apparecchiature mediche",
  "34105-7": "Lettera di dimissione ospedaliera",
  "18842-5": "Lettera di dimissione non ospedaliera",
  "59258-4": "Verbale di pronto soccorso",
  "68604-8": "Referto di radiologia",
  "11526-1": "Referto di anatomia patologica",
  "59284-0": "Documento dei consensi",
  "28653-4": "Certificato di malattia",
  "57832-8": "Prescrizione diagnostica o specialistica",
  "29304-3": "Erogazione farmaceutica",
  "11488-4": "Referto specialistico",
  "57827-8": "Documento di esenzione",
  "81223-0": "Erogazione specialistica",
  "18776-5": "Piano terapeutico",
  "97500-3": "Certificazione verde Covid-19",
  "87273-9": "Scheda singola vaccinazione",
  "82593-5": "Certificato vaccinale",
  "97499-8": "Certificato di guarigione da Covid-19",
  "55750-4": "Resoconto relativo alla sicurezza del paziente",
  "68814-3": "Bilanci di salute pediatrici",
};

export function isFseDocumentType(loinc: string): boolean {
  return Object.hasOwn(AFFINITY_DOMAIN_TYPES, loinc) || catalogManifest().schematrons.some((entry) => entry.loinc === loinc);
}

/**
 * The schematron that checks a document: the one for its LOINC code; where a code has several (prescriptions,
 * dispensing, telemedicine), the one whose national templateId the document declares. With none declared the
 * first is used, so that its templateId assert tells the producer what is missing.
 */
export function schematronFor(loinc: string, templateIds: readonly string[]): SchematronEntry | null {
  const candidates = catalogManifest().schematrons.filter((entry) => entry.loinc === loinc);
  return candidates.find((entry) => entry.templateIds.some((root) => templateIds.includes(root))) ?? candidates[0] ?? null;
}
