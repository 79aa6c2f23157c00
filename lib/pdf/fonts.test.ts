import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { buildReceiptPdf } from "@/lib/desk/receipt";
import { buildSelfCertificationReceipt } from "@/lib/exemptions/receipt";
import { buildPromemoriaPdf } from "@/lib/prescriptions/promemoria";
import { buildChoicesSummary } from "@/lib/profile/summary";
import { buildVaccinationCertificate } from "@/lib/vaccinations/certificate";

// Names outside Latin-1 (Romanian, Polish, Vietnamese...) used to make every generated PDF throw: the
// standard fonts encode WinAnsi only. Each PDF must build and its text must read back as written.

const NAME = "Ștefan Łukasz Nguyễn";
const FISCAL_CODE = "NGYSFN90A01Z251X";

/** All the text of a PDF, page after page, as a reader (or a screen reader) extracts it. */
async function extractText(bytes: Uint8Array): Promise<string> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join("\n"));
  }
  await document.destroy();
  return pages.join("\n");
}

describe("generated PDFs with a name outside Latin-1", () => {
  it("the prescription promemoria prints the name in capitals", async () => {
    const bytes = await buildPromemoriaPdf({
      region: "Regione dimostrativa",
      patient: { name: NAME, fiscalCode: FISCAL_CODE },
      prescription: {
        id: "rx-1", nre: "080A00012000345", kind: "SPECIALIST", status: "TO_FULFIL",
        prescriberName: "Dott. Jiří Dvořák", prescriberRole: "Medico di medicina generale",
        issuedAt: "2026-11-20T09:00:00.000Z", expiresAt: "2027-05-19T09:00:00.000Z", fulfilledAt: null,
        priority: "D", exemptionCode: null, diagnosis: "Controllo",
        items: [{ description: "Prima visita cardiologica", code: "89.7A.3", atcCode: null, quantity: 1 }],
      },
    });
    const text = await extractText(bytes);
    expect(text).toContain("ȘTEFAN ŁUKASZ NGUYỄN");
    expect(text).toContain("Dott. Jiří Dvořák");
  });

  it("the vaccination certificate", async () => {
    const bytes = await buildVaccinationCertificate({
      region: "Regione dimostrativa",
      issuedAt: new Date("2026-12-02T10:00:00Z"),
      person: { name: NAME, fiscalCode: FISCAL_CODE, birthDate: "1990-01-01" },
      vaccinations: [{ id: "v1", administeredAt: "2025-10-10T09:00:00.000Z", vaccineName: "Antinfluenzale", atcCode: null, aicCode: null, lot: "AB12", doseNumber: 1, facilityName: "Ambulatorio Łódź", documentId: "d1" }],
    });
    const text = await extractText(bytes);
    expect(text).toContain(NAME);
    expect(text).toContain("Ambulatorio Łódź");
  });

  it("the receipt of an exemption self-certification", async () => {
    const bytes = await buildSelfCertificationReceipt({
      id: "c1", code: "E04", description: "Titolari di pensioni al minimo",
      periodStart: "2026-04-01T00:00:00.000Z", periodEnd: "2027-03-31T00:00:00.000Z",
      declaredAt: "2026-12-02T09:15:00.000Z", revokedAt: null,
      declaration: { code: "E04", beneficiary: "HOLDER", minimumPension: true, householdIncomeCents: 790_000, spouse: false, dependentChildren: 0 },
      person: { name: NAME, fiscalCode: FISCAL_CODE },
    });
    expect(await extractText(bytes)).toContain(NAME);
  });

  it("the desk receipt", async () => {
    const bytes = await buildReceiptPdf({
      deskPoint: "Sportello di Cluj", operatorName: "Zofia Wójcik", citizenName: NAME, citizenFiscalCode: FISCAL_CODE,
      identityDocument: "Carta d'identità CA00000AA", startedAt: new Date("2026-12-02T09:00:00Z"), operations: [],
    });
    const text = await extractText(bytes);
    expect(text).toContain(NAME);
    expect(text).toContain("Zofia Wójcik");
  });

  it("the summary of the citizen's choices", async () => {
    const bytes = await buildChoicesSummary({
      profile: { name: NAME, fiscalCode: FISCAL_CODE, email: "stefan@example.org", emailVerified: true, phone: null, phoneVerified: false, notificationsEnabled: true, firstAccessAt: null, pending: null },
      consents: { current: [], history: [], needsReviewAtMajority: false },
      issuedAt: new Date("2026-12-02T10:00:00Z"),
    });
    expect(await extractText(bytes)).toContain(NAME);
  });

  it("embeds only the glyphs it uses, so a promemoria stays small", async () => {
    const bytes = await buildPromemoriaPdf({
      region: "Regione dimostrativa",
      patient: { name: NAME, fiscalCode: FISCAL_CODE },
      prescription: {
        id: "rx-1", nre: "080A00012000345", kind: "SPECIALIST", status: "TO_FULFIL", prescriberName: "Dott.ssa Chiara Lombardo",
        prescriberRole: "Medico di medicina generale", issuedAt: "2026-11-20T09:00:00.000Z", expiresAt: "2027-05-19T09:00:00.000Z",
        fulfilledAt: null, priority: null, exemptionCode: null, diagnosis: null, items: [],
      },
    });
    // The two whole DejaVu fonts weigh about 1.3 MB; subset they add some ten kilobytes.
    expect(bytes.length).toBeLessThan(60_000);
  });
});
