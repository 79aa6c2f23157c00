import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildSelfCertificationReceipt, receiptDates } from "./receipt";
import type { SelfCertificationReceipt } from "./types";

const RECEIPT: SelfCertificationReceipt = {
  id: "c1",
  code: "E04",
  description: "Titolari di pensioni al minimo",
  periodStart: "2026-04-01T00:00:00.000Z",
  periodEnd: "2027-03-31T00:00:00.000Z",
  declaredAt: "2026-12-02T09:15:00.000Z",
  revokedAt: null,
  declaration: { code: "E04", beneficiary: "HOLDER", minimumPension: true, householdIncomeCents: 790_000, spouse: false, dependentChildren: 0 },
  person: { name: "Giovanni Romano", fiscalCode: "RMNGNN52D18A944Z" },
};

describe("the receipt of an income self-certification", () => {
  it("is valid from the day it was declared, not from the start of its yearly period", () => {
    const [validity, declared, revoked] = receiptDates(RECEIPT);
    expect(validity).toBe("Valida dal 2 dicembre 2026 al 31 marzo 2027");
    expect(declared).toBe("Dichiarata il 02/12/2026, 10:15");
    expect(revoked).toBeNull();
  });

  it("says when it was revoked, and is a one-page PDF", async () => {
    const revokedAt = "2026-12-03T08:00:00.000Z";
    expect(receiptDates({ ...RECEIPT, revokedAt })[2]).toBe("Revocata il 03/12/2026, 09:00");
    const pdf = await PDFDocument.load(await buildSelfCertificationReceipt({ ...RECEIPT, revokedAt }));
    expect(pdf.getPageCount()).toBe(1);
  });
});
