import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { formatDateTime } from "@/lib/i18n/format";

// The receipt a citizen takes home from the desk: who served them, where, when, and what was done.

const OPERATION_LABELS: Record<string, string> = {
  "consent.manage": "Modifica dei consensi alla consultazione",
  "document.download": "Stampa di un documento del fascicolo",
  "delegation.manage": "Registrazione di una delega",
};

export type ReceiptInput = {
  deskPoint: string;
  operatorName: string;
  citizenName: string;
  citizenFiscalCode: string;
  identityDocument: string;
  startedAt: Date;
  operations: { seq: number; at: Date; action: string }[];
};

export async function buildReceiptPdf(input: ReceiptInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle("Ricevuta dello sportello");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, font = regular, size = 11) => {
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
  line("Operazioni eseguite", bold, 12);
  if (input.operations.length === 0) line("Nessuna operazione di modifica o stampa.");
  for (const operation of input.operations) {
    line(`${formatDateTime(operation.at)} - ${OPERATION_LABELS[operation.action] ?? operation.action} (registro n. ${operation.seq})`);
  }
  y -= 12;
  line("Ogni operazione è registrata nel registro degli accessi, consultabile online", regular, 9);
  line("nella pagina \u00abChi ha consultato il fascicolo\u00bb.", regular, 9);
  return pdf.save();
}
