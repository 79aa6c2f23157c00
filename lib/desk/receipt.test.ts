import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildReceiptPdf } from "./receipt";

describe("desk receipt", () => {
  it("is a one-page PDF naming the desk point", async () => {
    const bytes = await buildReceiptPdf({
      deskPoint: "PAS Distretto 1",
      operatorName: "Stefano Neri",
      citizenName: "Anna Esposito",
      citizenFiscalCode: "SPSNNA38P67F839F",
      identityDocument: "Carta d'identità elettronica n. …12AB",
      startedAt: new Date("2026-11-23T09:00:00Z"),
      operations: [{ seq: 7, at: new Date("2026-11-23T09:03:00Z"), action: "consent.manage" }],
    });
    const document = await PDFDocument.load(bytes);
    expect(document.getPageCount()).toBe(1);
    expect(document.getTitle()).toBe("Ricevuta dello sportello");
  });
});
