import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAccess } from "@/lib/access/gate";
import type { Actor } from "@/lib/access/types";
import { createTestDatabase, type TestDatabase } from "@/lib/test/database";
import { buildVaccinationCertificate } from "./certificate";
import { listVaccinations } from "./data";

// A child's vaccinations as the parent and the child's own record show them: a vaccination whose document
// is obscured disappears for the parent, like the document itself.

let t: TestDatabase;
const parent: Actor = { personId: "p-parent", role: "DELEGATE", displayName: "Lucia Verdi" };

beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.person.createMany({
    data: [
      { id: "p-child", fiscalCode: "RSSSFO15H52H501F", givenName: "Sofia", familyName: "Rossi", birthDate: new Date("2015-06-12"), sex: "F" },
      { id: "p-parent", fiscalCode: "VRDLCU85T50F205H", givenName: "Lucia", familyName: "Verdi", birthDate: new Date("1985-12-10"), sex: "F" },
    ],
  });
  await t.db.facility.create({ data: { id: "f-vacc", code: "120300", name: "Centro vaccinale ASL", type: "Prevenzione" } });
  const document = { patientId: "p-child", facilityId: "f-vacc", typeCode: "87273-9", classCode: "VAC", authorName: "Dr", fileHash: "h", fileSize: 1, contentType: "application/pdf", publishedAt: new Date() };
  await t.db.document.createMany({
    data: [
      { ...document, id: "d-mpr", title: "Vaccinazione MPR", titleSearch: "vaccinazione mpr", clinicalDate: new Date("2016-07-01"), setId: "s1" },
      { ...document, id: "d-hidden", title: "Vaccinazione HPV", titleSearch: "vaccinazione hpv", clinicalDate: new Date("2026-03-01"), setId: "s2", obscuredByCitizen: true },
    ],
  });
  await t.db.vaccination.createMany({
    data: [
      { id: "v1", patientId: "p-child", documentId: "d-mpr", administeredAt: new Date("2016-07-01"), vaccineName: "Vaccino morbillo-parotite-rosolia", atcCode: "J07BD52", lot: "L12345", doseNumber: 1 },
      { id: "v2", patientId: "p-child", documentId: "d-hidden", administeredAt: new Date("2026-03-01"), vaccineName: "Vaccino papillomavirus", atcCode: "J07BM03", lot: "L99999", doseNumber: 1 },
    ],
  });
  await t.db.delegation.create({
    data: { id: "del", subjectId: "p-child", delegateId: "p-parent", kind: "PARENT", scope: "documenti,accessi,consensi", canManage: true, status: "ACTIVE", startsAt: new Date("2015-06-12"), createdAt: new Date("2015-06-12"), createdById: "p-parent", channel: "DESK", acceptedAt: new Date("2015-06-12") },
  });
});
afterAll(() => t.close());

describe(`vaccinations (${process.env.TEST_PG_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("shows the parent only the vaccinations whose documents the parent may see, with place, dose and lot", async () => {
    const outcome = await withAccess(t.db, { actor: parent, action: "health.read", subjectId: "p-child", purpose: "VACCINAZIONI" }, (subject, tx) => listVaccinations(tx, subject));
    expect(outcome.allowed && outcome.value).toEqual([
      { id: "v1", administeredAt: "2016-07-01T00:00:00.000Z", vaccineName: "Vaccino morbillo-parotite-rosolia", atcCode: "J07BD52", aicCode: null, lot: "L12345", doseNumber: 1, facilityName: "Centro vaccinale ASL", documentId: "d-mpr" },
    ]);
  });

  it("builds a certificate that continues on further pages for a long history", async () => {
    const many = Array.from({ length: 90 }, (_, i) => ({ id: `v${i}`, administeredAt: new Date(Date.UTC(2000 + (i % 26), 0, 1)).toISOString(), vaccineName: "Vaccino antinfluenzale", atcCode: "J07BB02", aicCode: null, lot: `L${i}`, doseNumber: 1, facilityName: "Centro vaccinale ASL", documentId: "d" }));
    const bytes = await buildVaccinationCertificate({ region: "Regione dimostrativa", issuedAt: new Date(), person: { name: "Sofia Rossi", fiscalCode: "RSSSFO15H52H501F", birthDate: "2015-06-12T00:00:00.000Z" }, vaccinations: many });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe("Certificato vaccinale - Sofia Rossi");
  });
});
