// Types for the Schematron → XSLT converter, which runs as plain Node when the catalogues are compiled.
export function schematronToXslt(schematronText: string): string;
