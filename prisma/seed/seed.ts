import type { Db } from "../../lib/db/client";
import type { BlobStore } from "../../lib/storage/blob-store";
import { insertPreparedDocuments, prepareDocument } from "../../lib/documents/mutations";
import { buildCda, doctorTitle } from "./cda-builder";
import { FACILITIES } from "./catalog";
import { planDocuments } from "./documents";
import { buildPdf } from "./pdf-builder";
import { demoPeople } from "./people";
import { planAppointments, planCalendars } from "./bookings";
import { planCarePlans } from "./care-plans";
import { planExemptions } from "./exemptions";
import { planNotebook } from "./notebook";
import { planPrescriptions } from "./prescriptions";
import { DEMO_PRESCRIBERS, planProfessionals, planUse } from "./monitoring";

// Loads the demo population and their documents (real PDFs with the CDA2 attached, stored encrypted).

const CLASS_CODES: Record<string, string> = { "59258-4": "VRB", "34105-7": "LDO", "60591-5": "SUM", "87273-9": "VAC" };

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
      // In the region's registry for years: the monitoring's "all assisted citizens" at any past date.
      createdAt: new Date(today.getTime() - 3 * 365 * 86_400_000),
      contactEmail: email,
      emailVerifiedAt: email ? new Date(today.getTime() - 400 * 86_400_000) : null,
      firstAccessAt: firstAccessDone ? new Date(today.getTime() - 400 * 86_400_000) : null,
    })),
  });
  const professionals = planProfessionals(people, today);
  await database.person.createMany({
    data: professionals.map((professional) => ({ ...professional.person, createdAt: new Date(today.getTime() - 3 * 365 * 86_400_000), firstAccessAt: null })),
  });
  // Each named adult who has already used the portal had a previous visit ten days ago: the home page
  // then tells what arrived since (a session that ended with a logout, as a real one leaves behind).
  const previousVisit = new Date(today.getTime() - 10 * 86_400_000);
  await database.session.createMany({
    data: people
      .filter((person) => person.note !== null && person.firstAccessDone)
      .map((person) => ({
        id: `${person.id}-visita-precedente`,
        personId: person.id,
        provider: "spid",
        acr: "https://www.spid.gov.it/SpidL2",
        createdAt: previousVisit,
        lastSeenAt: new Date(previousVisit.getTime() + 15 * 60_000),
        expiresAt: new Date(previousVisit.getTime() + 8 * 3_600_000),
        endedAt: new Date(previousVisit.getTime() + 15 * 60_000),
        endReason: "LOGOUT",
      })),
  });
  await database.personRole.createMany({
    data: [
      ...people.flatMap((person) =>
        person.roles.map(({ enabledDaysAgo, ...role }, index) => ({
          id: `${person.id}-role${index}`,
          personId: person.id,
          ...role,
          enabledFrom: enabledDaysAgo === undefined ? null : new Date(today.getTime() - enabledDaysAgo * 86_400_000),
        })),
      ),
      ...professionals.map((professional) => professional.role),
    ],
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
    // Through the store pipeline the facilities' documents will take: each file is read once by the
    // portal's own parser, and its vaccinations and lab results come from that same reading.
    // Concurrently: while one file is being written, the next one is built and read.
    const prepared = await Promise.all(
      planDocuments(person, today).map(async (document) => {
        const { cda } = document;
        const file = await buildPdf(cda, buildCda(cda));
        return prepareDocument(store, file, {
          id: cda.id,
          patientId: person.id,
          facilityId: document.facilityId,
          typeCode: cda.typeCode,
          classCode: CLASS_CODES[cda.typeCode] ?? "REF",
          title: cda.title,
          clinicalDate: cda.date,
          publishedAt: new Date(cda.date.getTime() + 2 * 3_600_000),
          authorName: `${doctorTitle(cda.author.fiscalCode)} ${cda.author.givenName} ${cda.author.familyName}`,
          confidentiality: cda.confidentiality,
          ...document.flags,
          setId: cda.setId,
          version: cda.version,
          status: document.status,
          contentType: "application/pdf",
          // The demo people have already seen their older documents; the last fortnight's are still "Nuovo".
          ...(today.getTime() - cda.date.getTime() > 14 * 86_400_000 ? { firstOpenedAt: new Date(cda.date.getTime() + 86_400_000) } : {}),
        });
      }),
    );
    await insertPreparedDocuments(database, prepared);
    total += prepared.length;
  }
  const prescriptions = people.flatMap((person, index) => planPrescriptions(person, index, today));
  await database.prescription.createMany({
    data: prescriptions.map((prescription) => ({ ...prescription, items: undefined, prescriberId: DEMO_PRESCRIBERS[prescription.prescriberName] ?? null })),
  });
  // The crowd's year of use, for the regional monitoring; the sealer chains these rows like any other.
  await database.accessLogEntry.createMany({ data: planUse(people, professionals, today) });
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
