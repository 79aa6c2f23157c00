import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { buildVaccinationCertificate, CERTIFICATE_COLUMNS } from "./certificate";
import type { VaccinationItem } from "./types";

// The certificate read back as a PDF reader lays it out: every piece of text with its position and width.
type Placed = { page: number; text: string; x: number; y: number; width: number };

async function placedText(bytes: Uint8Array): Promise<Placed[]> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const placed: Placed[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ("str" in item && item.str.trim()) placed.push({ page: number, text: item.str, x: item.transform[4], y: item.transform[5], width: item.width });
    }
  }
  await document.destroy();
  return placed;
}

const vaccination = (overrides: Partial<VaccinationItem>): VaccinationItem => ({
  id: "v", administeredAt: "2026-09-23T09:00:00.000Z", vaccineName: "Vaccino antinfluenzale", atcCode: "J07BB02", aicCode: null,
  lot: "L12345", doseNumber: 1, facilityName: "Centro Vaccinale Distretto 2", documentId: "d", ...overrides,
});

// Newest first, as the page lists them; September and December make the longest Italian long dates.
const HISTORY = [
  vaccination({ id: "v3", administeredAt: "2026-12-01T10:00:00.000Z", vaccineName: "Vaccino anti COVID-19", doseNumber: 4, lot: "FK8891XYZ-2026" }),
  vaccination({ id: "v2", administeredAt: "2025-09-23T10:00:00.000Z", vaccineName: "Vaccino esavalente (DTPa-IPV-Hib-HBV) con una denominazione commerciale molto lunga", doseNumber: 3, facilityName: "Ambulatorio vaccinale dell'Azienda Ospedaliera Universitaria Policlinico di Sant'Orsola" }),
  vaccination({ id: "v1", administeredAt: "2016-11-30T10:00:00.000Z", vaccineName: "Vaccino morbillo-parotite-rosolia", doseNumber: null, lot: null }),
];

const build = (vaccinations: VaccinationItem[]) =>
  buildVaccinationCertificate({ region: "Regione dimostrativa", issuedAt: new Date("2026-12-03T10:00:00Z"), person: { name: "Sofia Rossi", fiscalCode: "RSSSFO15H52H501F", birthDate: "2015-06-12T00:00:00.000Z" }, vaccinations });

describe("the vaccination certificate", () => {
  it("keeps every cell inside its column: short dates, long names wrapped", async () => {
    const placed = await placedText(await build(HISTORY));
    const headerY = placed.find((item) => item.text === "Vaccino")!.y;
    const rows = placed.filter((item) => item.y < headerY && item.y > 60);
    expect(rows.length).toBeGreaterThan(HISTORY.length * CERTIFICATE_COLUMNS.length);
    for (const item of rows) {
      const column = [...CERTIFICATE_COLUMNS].reverse().find((candidate) => item.x >= candidate.x - 0.5)!;
      expect(item.x + item.width, `"${item.text}" in ${column.title}`).toBeLessThanOrEqual(column.x + column.width + 0.5);
    }
    const dates = rows.filter((item) => Math.abs(item.x - CERTIFICATE_COLUMNS[0].x) < 0.5).map((item) => item.text);
    expect(dates).toEqual(["01/12/2026", "23/09/2025", "30/11/2016"]);
    // Nothing of a long name is lost: its words are all there, over several lines.
    expect(rows.filter((item) => item.x === CERTIFICATE_COLUMNS[4].x).map((item) => item.text).join(" ")).toContain("Policlinico di Sant'Orsola");
  });

  it("lists the vaccinations in the page's order, the most recent first, with dose and lot", async () => {
    const placed = await placedText(await build(HISTORY));
    const names = ["Vaccino anti COVID-19", "Vaccino esavalente", "Vaccino morbillo-parotite-rosolia"].map((name) => placed.find((item) => item.text.startsWith(name))!);
    expect(names.every(Boolean)).toBe(true);
    expect(names[0]!.y).toBeGreaterThan(names[1]!.y);
    expect(names[1]!.y).toBeGreaterThan(names[2]!.y);
    const covidRow = placed.filter((item) => Math.abs(item.y - names[0]!.y) < 0.5).map((item) => item.text);
    expect(covidRow).toEqual(["01/12/2026", "Vaccino anti COVID-19", "4", "FK8891XYZ-2026", "Centro Vaccinale Distretto 2"]);
  });

  it("continues a long history on further pages, and never draws a row below the margin", async () => {
    const many = Array.from({ length: 90 }, (_, i) => vaccination({ id: `v${i}`, administeredAt: new Date(Date.UTC(2026 - (i % 26), 8, 23)).toISOString(), facilityName: "Ambulatorio vaccinale dell'Azienda Ospedaliera Universitaria" }));
    const placed = await placedText(await build(many));
    expect(Math.max(...placed.map((item) => item.page))).toBeGreaterThan(1);
    expect(placed.filter((item) => item.text.startsWith("Vaccino antinfluenzale"))).toHaveLength(90);
    expect(placed.filter((item) => item.text === "Luogo").length).toBe(Math.max(...placed.map((item) => item.page)));
    expect(Math.min(...placed.filter((item) => item.text.startsWith("Vaccino ")).map((item) => item.y))).toBeGreaterThanOrEqual(60);
  });
});
