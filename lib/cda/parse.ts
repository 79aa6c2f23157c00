import { attr, child, children, descendants, parseXml, path, text, type XmlElement } from "./dom";
import { CdaError } from "./errors";
import { parseHl7Time } from "./hl7-time";
import { renderNarrative } from "./narrative";
import type { CdaDocument, CdaPerson, CdaSection, LabResult, VaccinationEntry } from "./types";
import { msg } from "@/lib/i18n/translate";

// Reads the CDA2 header, the narrative of every section, and the structured lab results. Tolerant:
// a missing optional part yields null or an empty list, never an exception.

const FISCAL_CODE_ROOT = "2.16.840.1.113883.2.9.4.3.2";
const LAB_REPORT = "11502-2";
/** Single vaccination and vaccination certificate. */
const VACCINATION_TYPES = new Set(["87273-9", "82593-5"]);
const AIC_SYSTEM = "2.16.840.1.113883.2.9.6.1.5";
const ATC_SYSTEM = "2.16.840.1.113883.6.73";
const DOSE_NUMBER = "30973-2";

function personName(nameElement: XmlElement | null): string {
  if (!nameElement) return "";
  const parts = [...children(nameElement, "prefix"), ...children(nameElement, "given"), ...children(nameElement, "family")].map(text);
  const joined = parts.filter(Boolean).join(" ");
  return joined || text(nameElement);
}

function fiscalCodeOf(element: XmlElement | null): string | null {
  const ids = children(element, "id");
  const preferred = ids.find((id) => attr(id, "root") === FISCAL_CODE_ROOT) ?? null;
  const value = attr(preferred, "extension");
  return value ? value.trim().toUpperCase() : null;
}

function isoTime(element: XmlElement | null): string | null {
  return parseHl7Time(attr(element, "value"))?.toISOString() ?? null;
}

function readSection(section: XmlElement, depth: number): CdaSection {
  const subsections = depth > 20 ? [] : children(section, "component").flatMap((component) => children(component, "section").map((sub) => readSection(sub, depth + 1)));
  const code = child(section, "code");
  return {
    title: text(child(section, "title")) || attr(code, "displayName") || "",
    code: attr(code, "code"),
    html: renderNarrative(child(section, "text")),
    subsections,
  };
}

function toNumber(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number(value.replace(",", "."));
  return Number.isFinite(parsed) ? parsed : null;
}

function readLabResult(observation: XmlElement): LabResult | null {
  const value = child(observation, "value");
  if (!value) return null;
  const code = child(observation, "code");
  const type = attr(value, "xsi:type") ?? "";
  const range = path(observation, "referenceRange", "observationRange", "value");
  const low = toNumber(attr(child(range, "low"), "value"));
  const high = toNumber(attr(child(range, "high"), "value"));
  const numericValue = type.endsWith("PQ") || type === "" ? toNumber(attr(value, "value")) : null;
  const shown = attr(value, "value") ?? (attr(value, "displayName") || text(value));
  if (!shown) return null;
  const interpretation = attr(child(observation, "interpretationCode"), "code");
  const outOfRange =
    (interpretation !== null && !["N", "NEG"].includes(interpretation)) ||
    (numericValue !== null && ((low !== null && numericValue < low) || (high !== null && numericValue > high)));
  const translation = child(code, "translation");
  return {
    code: attr(code, "code"),
    name: attr(code, "displayName") ?? attr(translation, "displayName") ?? attr(code, "code") ?? "Esame",
    value: shown,
    numericValue,
    unit: attr(value, "unit"),
    low,
    high,
    interpretation,
    outOfRange,
    effectiveTime: isoTime(child(observation, "effectiveTime")),
  };
}

function readVaccination(administration: XmlElement): VaccinationEntry | null {
  const material = path(administration, "consumable", "manufacturedProduct", "manufacturedMaterial");
  const code = child(material, "code");
  const codes = [code, ...children(code, "translation")];
  const withSystem = (system: string) => attr(codes.find((candidate) => attr(candidate, "codeSystem") === system) ?? null, "code");
  const name = attr(code, "displayName")?.trim() || text(child(material, "name")) || attr(child(code, "translation"), "displayName")?.trim() || "";
  if (!name && !attr(code, "code")) return null;
  const doseObservation = children(administration, "entryRelationship")
    .map((relationship) => child(relationship, "observation"))
    .find((observation) => attr(child(observation, "code"), "code") === DOSE_NUMBER);
  const dose = toNumber(attr(child(doseObservation, "value"), "value"));
  return {
    date: isoTime(child(administration, "effectiveTime")),
    name: name || (attr(code, "code") ?? ""),
    aicCode: withSystem(AIC_SYSTEM),
    atcCode: withSystem(ATC_SYSTEM),
    lot: text(child(material, "lotNumberText")) || null,
    doseNumber: dose === null ? null : Math.trunc(dose),
  };
}

export function parseCda(input: Uint8Array | string): CdaDocument {
  const root = parseXml(input);
  if (root.localName !== "ClinicalDocument") {
    throw new CdaError("NOT_CDA", msg("Il file XML non è un documento clinico CDA2 (manca ClinicalDocument)."));
  }
  const patientRole = path(root, "recordTarget", "patientRole");
  const patient = child(patientRole, "patient");
  const assignedAuthor = path(root, "author", "assignedAuthor");
  const legal = path(root, "legalAuthenticator", "assignedEntity");
  const typeCode = child(root, "code");
  const version = toNumber(attr(child(root, "versionNumber"), "value"));
  const sections = children(path(root, "component", "structuredBody"), "component").flatMap((component) =>
    children(component, "section").map((section) => readSection(section, 0)),
  );
  const type = attr(typeCode, "code");
  const labResults =
    type === LAB_REPORT
      ? descendants(path(root, "component", "structuredBody"), "observation")
          .map(readLabResult)
          .filter((result): result is LabResult => result !== null)
      : [];
  const vaccinations = VACCINATION_TYPES.has(type ?? "")
    ? descendants(path(root, "component", "structuredBody"), "substanceAdministration")
        .map(readVaccination)
        .filter((entry): entry is VaccinationEntry => entry !== null)
    : [];
  const legalPerson: CdaPerson | null = legal
    ? { name: personName(path(legal, "assignedPerson", "name")), fiscalCode: fiscalCodeOf(legal) }
    : null;
  return {
    id: attr(child(root, "id"), "extension") ?? attr(child(root, "id"), "root"),
    typeCode: type,
    typeDisplay: attr(typeCode, "displayName"),
    templateIds: children(root, "templateId").map((id) => attr(id, "root")).filter((root): root is string => root !== null),
    title: text(child(root, "title")),
    effectiveTime: isoTime(child(root, "effectiveTime")),
    confidentiality: attr(child(root, "confidentialityCode"), "code"),
    setId: attr(child(root, "setId"), "extension"),
    version: version === null ? null : Math.trunc(version),
    patient: {
      fiscalCode: fiscalCodeOf(patientRole),
      givenName: text(path(patient, "name", "given")),
      familyName: text(path(patient, "name", "family")),
      birthDate: isoTime(child(patient, "birthTime")),
      sex: attr(child(patient, "administrativeGenderCode"), "code"),
    },
    author: {
      name: personName(path(assignedAuthor, "assignedPerson", "name")),
      fiscalCode: fiscalCodeOf(assignedAuthor),
      time: isoTime(path(root, "author", "time")),
    },
    legalAuthenticator: legalPerson,
    custodian: text(path(root, "custodian", "assignedCustodian", "representedCustodianOrganization", "name")) || null,
    sections,
    labResults,
    vaccinations,
  };
}
