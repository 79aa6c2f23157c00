import { formatHl7Time } from "../../lib/cda/hl7-time";
import type { LabTest } from "./catalog";
import type { DemoPerson } from "./people";

// Builds CDA2 documents shaped like the national templates (header, templateId, LOINC type, sections
// with narrative, and coded lab observations), for the demo data only.

export type CdaSectionInput = { code: string; title: string; paragraphs: string[]; table?: { head: string[]; rows: string[][] } };
export type LabValue = { test: LabTest; value: number };

export type CdaInput = {
  id: string;
  typeCode: string;
  typeName: string;
  templateId: string;
  title: string;
  date: Date;
  setId: string;
  version: number;
  confidentiality: "N" | "R" | "V";
  patient: DemoPerson;
  author: { givenName: string; familyName: string; fiscalCode: string };
  facility: { code: string; name: string };
  sections: CdaSectionInput[];
  labValues?: LabValue[];
  vaccination?: { name: string; aic: string; atc: string; lot: string; dose: number };
};

const esc = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** "Dott.ssa" for a woman, "Dott." for a man, read from the fiscal code's day of birth (women's is +40). */
export function doctorTitle(fiscalCode: string): string {
  return Number(fiscalCode.slice(9, 11)) > 40 ? "Dott.ssa" : "Dott.";
}

function narrative(section: CdaSectionInput): string {
  const paragraphs = section.paragraphs.map((paragraph) => `<paragraph>${esc(paragraph)}</paragraph>`).join("");
  const table = section.table
    ? `<table><thead><tr>${section.table.head.map((cell) => `<th>${esc(cell)}</th>`).join("")}</tr></thead><tbody>${section.table.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${esc(cell)}</td>`).join("")}</tr>`)
        .join("")}</tbody></table>`
    : "";
  return `<text>${paragraphs}${table}</text>`;
}

function labEntries(values: LabValue[], date: Date): string {
  return values
    .map(({ test, value }) => {
      const interpretation = value < test.low ? "L" : value > test.high ? "H" : "N";
      return `<entry typeCode="DRIV"><act moodCode="EVN" classCode="ACT"><code code="${test.loinc}" codeSystem="2.16.840.1.113883.6.1" displayName="${esc(test.name)}"/><statusCode code="completed"/>
<entryRelationship typeCode="COMP"><observation moodCode="EVN" classCode="OBS"><code code="${test.loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="${esc(test.name)}"/><statusCode code="completed"/><effectiveTime value="${formatHl7Time(date)}"/>
<value xsi:type="PQ" value="${value.toFixed(test.decimals)}" unit="${esc(test.unit)}"/><interpretationCode code="${interpretation}" codeSystem="2.16.840.1.113883.5.83"/>
<referenceRange><observationRange><value xsi:type="IVL_PQ"><low value="${test.low}" unit="${esc(test.unit)}"/><high value="${test.high}" unit="${esc(test.unit)}"/></value></observationRange></referenceRange></observation></entryRelationship></act></entry>`;
    })
    .join("\n");
}

/** A substanceAdministration as in the national "singola vaccinazione" template: product, lot, dose number. */
function vaccinationEntry(vaccination: NonNullable<CdaInput["vaccination"]>, date: Date): string {
  return `<entry><substanceAdministration moodCode="EVN" classCode="SBADM"><templateId root="2.16.840.1.113883.2.9.10.1.11.4.1"/><statusCode code="completed"/><effectiveTime value="${formatHl7Time(date)}"/>
<consumable typeCode="CSM"><manufacturedProduct><manufacturedMaterial><code code="${vaccination.aic}" codeSystem="2.16.840.1.113883.2.9.6.1.5" codeSystemName="AIC" displayName="${esc(vaccination.name)}"><translation code="${vaccination.atc}" codeSystem="2.16.840.1.113883.6.73" codeSystemName="ATC"/></code><lotNumberText>${esc(vaccination.lot)}</lotNumberText></manufacturedMaterial></manufacturedProduct></consumable>
<entryRelationship typeCode="SUBJ" inversionInd="true"><observation classCode="OBS" moodCode="EVN"><code code="30973-2" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Numero di dose"/><value xsi:type="INT" value="${vaccination.dose}"/></observation></entryRelationship></substanceAdministration></entry>`;
}

export function buildCda(input: CdaInput): string {
  const { patient, author, facility } = input;
  const sections = input.sections
    .map(
      (section, index) =>
        `<component><section><code code="${section.code}" codeSystem="2.16.840.1.113883.6.1"/><title>${esc(section.title)}</title>${narrative(section)}${
          index === 0 && input.labValues ? labEntries(input.labValues, input.date) : ""
        }${index === 0 && input.vaccination ? vaccinationEntry(input.vaccination, input.date) : ""}</section></component>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<realmCode code="IT"/>
<typeId root="2.16.840.1.113883.1.3" extension="POCD_MT000040UV02"/>
<templateId root="${input.templateId}"/>
<id root="2.16.840.1.113883.2.9.2.120.4.4" extension="${esc(input.id)}"/>
<code code="${input.typeCode}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="${esc(input.typeName)}"/>
<title>${esc(input.title)}</title>
<effectiveTime value="${formatHl7Time(input.date)}"/>
<confidentialityCode code="${input.confidentiality}" codeSystem="2.16.840.1.113883.5.25"/>
<languageCode code="it-IT"/>
<setId root="2.16.840.1.113883.2.9.2.120.4.4" extension="${esc(input.setId)}"/>
<versionNumber value="${input.version}"/>
<recordTarget><patientRole><id root="2.16.840.1.113883.2.9.4.3.2" extension="${patient.fiscalCode}"/><patient><name><family>${esc(patient.familyName)}</family><given>${esc(
    patient.givenName,
  )}</given></name><administrativeGenderCode code="${patient.sex}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="${patient.birthDate
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, "")}"/></patient></patientRole></recordTarget>
<author><time value="${formatHl7Time(input.date)}"/><assignedAuthor><id root="2.16.840.1.113883.2.9.4.3.2" extension="${author.fiscalCode}"/><assignedPerson><name><prefix>${doctorTitle(author.fiscalCode)}</prefix><given>${esc(
    author.givenName,
  )}</given><family>${esc(author.familyName)}</family></name></assignedPerson></assignedAuthor></author>
<custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.2.9.4.1.2" extension="${facility.code}"/><name>${esc(
    facility.name,
  )}</name></representedCustodianOrganization></assignedCustodian></custodian>
<legalAuthenticator><time value="${formatHl7Time(input.date)}"/><signatureCode code="S"/><assignedEntity><id root="2.16.840.1.113883.2.9.4.3.2" extension="${author.fiscalCode}"/><assignedPerson><name><prefix>${doctorTitle(author.fiscalCode)}</prefix><given>${esc(
    author.givenName,
  )}</given><family>${esc(author.familyName)}</family></name></assignedPerson></assignedEntity></legalAuthenticator>
<component><structuredBody>
${sections}
</structuredBody></component>
</ClinicalDocument>
`;
}
