import { msg } from "@/lib/i18n/translate";
// FSE document types by LOINC code, with the Italian name citizens read and the high-level class.
export const DOCUMENT_TYPES: Record<string, { label: string; classCode: string }> = {
  "11502-2": { label: msg("Referto di laboratorio"), classCode: "REF" },
  "68604-8": { label: msg("Referto di radiologia"), classCode: "REF" },
  "11488-4": { label: msg("Referto specialistico"), classCode: "REF" },
  "11526-1": { label: msg("Referto di anatomia patologica"), classCode: "REF" },
  "34105-7": { label: msg("Lettera di dimissione ospedaliera"), classCode: "LDO" },
  "59258-4": { label: msg("Verbale di pronto soccorso"), classCode: "VRB" },
  "60591-5": { label: msg("Profilo sanitario sintetico"), classCode: "SUM" },
  "87273-9": { label: msg("Scheda singola vaccinazione"), classCode: "VAC" },
  "82593-5": { label: msg("Certificato vaccinale"), classCode: "VAC" },
  "57833-6": { label: msg("Prescrizione farmaceutica"), classCode: "PRS" },
  "57832-8": { label: msg("Prescrizione specialistica"), classCode: "PRS" },
};

export function documentTypeLabel(typeCode: string): string {
  return DOCUMENT_TYPES[typeCode]?.label ?? msg("Documento sanitario");
}
