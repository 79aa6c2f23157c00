/** A document that cannot be read as CDA2, with a message fit to show a person or an API client. */
export class CdaError extends Error {
  constructor(
    readonly code: "TOO_LARGE" | "NOT_XML" | "UNSAFE_XML" | "NOT_CDA" | "NOT_PDF" | "NO_CDA_IN_PDF" | "MANY_CDA_IN_PDF",
    message: string,
  ) {
    super(message);
  }
}

export const MAX_CDA_BYTES = 10 * 1024 * 1024;
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
