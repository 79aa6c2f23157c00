import { describe, expect, it } from "vitest";
import { isFseDocumentType, schematronFor } from "./document-types";

describe("document type and schematron of a CDA", () => {
  it("knows the affinity domain's types and the newer types that have an official schematron", () => {
    expect(isFseDocumentType("11502-2")).toBe(true);
    expect(isFseDocumentType("18842-5")).toBe(true); // no schematron, still an FSE type
    expect(isFseDocumentType("100971-1")).toBe(true); // cartella clinica: only in the catalogue
    expect(isFseDocumentType("12345-6")).toBe(false);
  });

  it.each([
    ["57833-6", "2.16.840.1.113883.2.9.10.1.2.1", "schematronFSE_PrF_4.6"],
    ["57833-6", "2.16.840.1.113883.2.9.10.1.3.1", "schematron_PrFNoSSN_1.2"],
    ["60593-1", "2.16.840.1.113883.2.9.10.1.13.1.1", "schematronFSE_ErF_1.1"],
    ["60593-1", "2.16.840.1.113883.2.9.10.1.13.2.1", "schematron_ErF_NoSSN_1.2"],
    ["75496-0", "2.16.840.1.113883.2.9.10.1.16.1.1", "schematron_Referto_Televisita_v1.0"],
    ["75496-0", "2.16.840.1.113883.2.9.10.1.16.4.1", "schematron_Rel_Fin_Teleassistenza_v1.0"],
    ["11502-2", "2.16.840.1.113883.2.9.10.1.1", "schematronFSE_LAB_v27.1"],
  ])("LOINC %s with templateId %s → %s", (loinc, templateId, expected) => {
    expect(schematronFor(loinc, ["2.16.840.1.113883.10.20.1", templateId])?.name).toBe(expected);
  });

  it("falls back to the first schematron of the code when no templateId matches, and to none for other codes", () => {
    expect(schematronFor("57833-6", [])?.loinc).toBe("57833-6");
    expect(schematronFor("18842-5", ["2.16.840.1.113883.2.9.10.1.5"])).toBeNull();
  });
});
