import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildReceiptPdf, operationLabel } from "./receipt";

describe("desk receipt", () => {
  it("is a one-page PDF naming the desk point", async () => {
    const bytes = await buildReceiptPdf({
      deskPoint: "PAS Distretto 1",
      operatorName: "Stefano Neri",
      citizenName: "Anna Esposito",
      citizenFiscalCode: "SPSNNA38P67F839F",
      identityDocument: "Carta d'identità elettronica n. …12AB",
      startedAt: new Date("2026-11-23T09:00:00Z"),
      operations: [{ seq: 7, at: new Date("2026-11-23T09:03:00Z"), action: "consent.manage", purpose: "SPORTELLO" }],
    });
    const document = await PDFDocument.load(bytes);
    expect(document.getPageCount()).toBe(1);
    expect(document.getTitle()).toBe("Ricevuta dello sportello");
  });

  it("names each step by what was done and continues on further pages for a long session", async () => {
    expect(operationLabel({ action: "delegation.manage", purpose: "CONFERMA_DELEGA" })).toBe("Conferma della richiesta di accesso di un genitore");
    expect(operationLabel({ action: "document.visibility", purpose: "DEOSCURAMENTO" })).toBe("Fine dell'oscuramento di un documento");
    const operations = Array.from({ length: 60 }, (_, index) => ({ seq: index + 1, at: new Date("2026-11-23T09:03:00Z"), action: "document.download", purpose: "STAMPA" }));
    const bytes = await buildReceiptPdf({
      deskPoint: "PAS Distretto 1",
      operatorName: "Stefano Neri",
      citizenName: "Anna Esposito",
      citizenFiscalCode: "SPSNNA38P67F839F",
      identityDocument: "Passaporto n. …9876",
      startedAt: new Date("2026-11-23T09:00:00Z"),
      operations,
    });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(2);
  });
});
