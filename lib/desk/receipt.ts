import { PDFDocument, rgb } from "pdf-lib";
import { embedPortalFonts } from "@/lib/pdf/fonts";
import { formatDateTime } from "@/lib/i18n/format";

// The receipt a citizen takes home from the desk: who served them, where, when, and what was done.

const OPERATION_LABELS: Record<string, string> = {
  "consent.manage": "Modifica dei consensi alla consultazione",
  "document.download": "Stampa di un documento del fascicolo",
  "delegation.manage": "Registrazione di una delega",
  "document.visibility": "Modifica della visibilità di un documento",
};

/** Where the purpose says more than the action (which delegation step, which way the visibility went). */
const PURPOSE_LABELS: Record<string, string> = {
  NUOVA_DELEGA: "Registrazione di una delega",
  CONFERMA_DELEGA: "Conferma della richiesta di accesso di un genitore",
  RIFIUTO_DELEGA: "Rifiuto della richiesta di accesso di un genitore",
  FINE_DELEGA: "Fine di una delega",
  OSCURAMENTO: "Oscuramento di un documento",
  DEOSCURAMENTO: "Fine dell'oscuramento di un documento",
};

export function operationLabel(operation: { action: string; purpose: string }): string {
  return PURPOSE_LABELS[operation.purpose] ?? OPERATION_LABELS[operation.action] ?? operation.action;
}

export type ReceiptInput = {
  deskPoint: string;
  operatorName: string;
  citizenName: string;
  citizenFiscalCode: string;
  identityDocument: string;
  startedAt: Date;
  operations: { seq: number; at: Date; action: string; purpose: string }[];
};

export async function buildReceiptPdf(input: ReceiptInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("Ricevuta dello sportello");
  const { regular, bold } = await embedPortalFonts(pdf);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, font = regular, size = 11) => {
    // A long session continues on a new page rather than running off the bottom.
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    page.drawText(text, { x: 50, y, size, font, color: rgb(0.1, 0.15, 0.25) });
    y -= size * 1.6;
  };
  line("Fascicolo Sanitario Elettronico", bold, 14);
  line(`Ricevuta - ${input.deskPoint}`, bold, 13);
  y -= 8;
  line(`Assistito: ${input.citizenName} - C.F. ${input.citizenFiscalCode}`);
  line(`Documento di identità controllato: ${input.identityDocument}`);
  line(`Operatore: ${input.operatorName}`);
  line(`Sessione aperta il ${formatDateTime(input.startedAt)}`);
  y -= 8;
  line(input.operations.length === 1 ? "Operazione eseguita" : "Operazioni eseguite", bold, 12);
  if (input.operations.length === 0) line("Nessuna operazione di modifica o stampa.");
  for (const operation of input.operations) {
    line(`${formatDateTime(operation.at)} - ${operationLabel(operation)} (registro n. ${operation.seq})`);
  }
  y -= 12;
  line("Ogni operazione è registrata nel registro degli accessi, consultabile online", regular, 9);
  line("nella pagina \u00abChi ha consultato il fascicolo\u00bb.", regular, 9);
  return pdf.save();
}
