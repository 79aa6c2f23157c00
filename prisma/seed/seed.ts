import type { Db } from "../../lib/db/client";
import type { BlobStore } from "../../lib/storage/blob-store";
import { parseCda } from "../../lib/cda/parse";
import { buildCda } from "./cda-builder";
import { FACILITIES } from "./catalog";
import { planDocuments } from "./documents";
import { buildPdf } from "./pdf-builder";
import { demoPeople } from "./people";
import { planAppointments, planCalendars } from "./bookings";
import { planCarePlans } from "./care-plans";
import { planExemptions } from "./exemptions";
import { planNotebook } from "./notebook";
import { planPrescriptions } from "./prescriptions";

// Loads the demo population and their documents (real PDFs with the CDA2 attached, stored encrypted).

export async function seedDemo(database: Db, store: BlobStore, today: Date, log: (message: string) => void = () => {}) {
  const people = demoPeople();
  await database.facility.createMany({ data: FACILITIES.map((facility) => ({ ...facility })) });
  await database.person.createMany({
    data: people.map(({ id, fiscalCode, givenName, familyName, birthDate, sex, email, firstAccessDone }) => ({
      id,
      fiscalCode,
      givenName,
      familyName,
      birthDate,
      sex,
      contactEmail: email,
      emailVerifiedAt: email ? new Date(today.getTime() - 400 * 86_400_000) : null,
      firstAccessAt: firstAccessDone ? new Date(today.getTime() - 400 * 86_400_000) : null,
    })),
  });
  await database.personRole.createMany({
    data: people.flatMap((person) => person.roles.map((role, index) => ({ id: `${person.id}-role${index}`, personId: person.id, ...role }))),
  });
  await database.consentEvent.createMany({
    data: people.flatMap((person) =>
      person.consents.map((consent, index) => ({
        id: `${person.id}-consent${index}`,
        subjectId: person.id,
        kind: consent.kind,
        granted: consent.granted,
        at: new Date(today.getTime() - consent.daysAgo * 86_400_000),
        actorId: consent.byParent ?? person.id,
        actorRole: consent.byParent ? "DELEGATE" : "CITIZEN",
        channel: consent.byParent ? "DELEGATE" : "ONLINE",
      })),
    ),
  });
  // Parents act for their minor children; the delegation ends by itself at the 18th birthday.
  await database.delegation.createMany({
    data: people.flatMap((child) =>
      child.parentIds.map((parentId) => ({
        id: `${parentId}-for-${child.id}`,
        subjectId: child.id,
        delegateId: parentId,
        kind: "PARENT",
        scope: "documenti,accessi,consensi",
        canManage: true,
        status: "ACTIVE",
        startsAt: child.birthDate,
        endsAt: null,
        createdAt: child.birthDate,
        createdById: parentId,
        channel: "DESK",
        acceptedAt: child.birthDate,
      })),
    ),
  });
  let total = 0;
  for (const person of people) {
    const planned = planDocuments(person, today);
    const rows = [];
    const vaccinations = [];
    const labObservations = [];
    for (const document of planned) {
      const xml = buildCda(document.cda);
      // Vaccinations and lab results come from the document's structured entries, read back by the
      // portal's own parser, as they will be for documents that facilities publish.
      if (document.status === "CURRENT") {
        const cda = parseCda(xml);
        for (const [index, entry] of cda.vaccinations.entries()) {
          vaccinations.push({
            id: `${document.cda.id}-v${index}`,
            patientId: person.id,
            documentId: document.cda.id,
            administeredAt: entry.date ? new Date(entry.date) : document.cda.date,
            vaccineName: entry.name,
            aicCode: entry.aicCode,
            atcCode: entry.atcCode,
            lot: entry.lot,
            doseNumber: entry.doseNumber,
          });
        }
        for (const [index, result] of cda.labResults.entries()) {
          if (!result.code) continue;
          labObservations.push({
            id: `${document.cda.id}-l${index}`,
            patientId: person.id,
            documentId: document.cda.id,
            loinc: result.code,
            name: result.name,
            numericValue: result.numericValue,
            valueText: result.value,
            unit: result.unit,
            low: result.low,
            high: result.high,
            outOfRange: result.outOfRange,
            observedAt: result.effectiveTime ? new Date(result.effectiveTime) : document.cda.date,
          });
        }
      }
      const file = await buildPdf(document.cda, xml);
      const { hash, size } = await store.put(file);
      rows.push({
        id: document.cda.id,
        patientId: person.id,
        facilityId: document.facilityId,
        typeCode: document.cda.typeCode,
        classCode: document.cda.typeCode === "59258-4" ? "VRB" : document.cda.typeCode === "34105-7" ? "LDO" : document.cda.typeCode === "60591-5" ? "SUM" : document.cda.typeCode === "87273-9" ? "VAC" : "REF",
        title: document.cda.title,
        titleSearch: document.cda.title.toLowerCase(),
        clinicalDate: document.cda.date,
        publishedAt: new Date(document.cda.date.getTime() + 2 * 3_600_000),
        authorName: `Dott. ${document.cda.author.givenName} ${document.cda.author.familyName}`,
        confidentiality: document.cda.confidentiality,
        ...document.flags,
        setId: document.cda.setId,
        version: document.cda.version,
        status: document.status,
        fileHash: hash,
        fileSize: size,
        contentType: "application/pdf",
      });
    }
    if (rows.length > 0) await database.document.createMany({ data: rows });
    if (vaccinations.length > 0) await database.vaccination.createMany({ data: vaccinations });
    if (labObservations.length > 0) await database.labObservation.createMany({ data: labObservations });
    total += rows.length;
  }
  const prescriptions = people.flatMap((person, index) => planPrescriptions(person, index, today));
  await database.prescription.createMany({ data: prescriptions.map((prescription) => ({ ...prescription, items: undefined })) });
  await database.prescriptionItem.createMany({
    data: prescriptions.flatMap((prescription) => prescription.items.map((item) => ({ ...item, id: `${prescription.id}-${item.position}`, prescriptionId: prescription.id }))),
  });
  await database.exemption.createMany({ data: planExemptions(people, today) });
  const slots = planCalendars(today);
  const appointments = planAppointments(people, today, slots);
  await database.slot.createMany({ data: slots });
  await database.appointment.createMany({ data: appointments });
  const carePlans = planCarePlans(people, today);
  await database.carePlan.createMany({ data: carePlans.plans });
  await database.carePlanItem.createMany({ data: carePlans.items });
  await database.notebookEntry.createMany({ data: planNotebook(people, today) });
  log(`${people.length} persone, ${FACILITIES.length} strutture, ${total} documenti, ${prescriptions.length} ricette`);
  return { people: people.length, documents: total, prescriptions: prescriptions.length };
}
