// Types for the catalogue facts read from a schematron when the catalogues are compiled.
export const sha256: (text: string) => string;
export function generatorHash(root: string): string;
export function catalogueFacts(schematronText: string): { loinc: string; templateIds: string[]; codeSystems: string[] };
