import { describe, expect, it } from "vitest";
import { monitoringCsv, monitoringJson } from "./export";
import { windowsFor } from "./periods";
import { assembleReport } from "./report";
import { SERVICES } from "./catalog";

// The files carry exactly the disclosed figures of the page, laid out for a spreadsheet or a program.

const figures = (use: number) => ({
  citizenUse: { numerator: use, denominator: 400 },
  citizenConsent: { numerator: 3, denominator: 1000 },
  specialistsEnabled: { numerator: 40, denominator: 50 },
  gpActivity: { numerator: 0, denominator: 0 },
});
const query = { data: "2026-06-30", periodo: "trimestre" as const };
const report = assembleReport(
  {
    query,
    windows: windowsFor(query.data, query.periodo),
    current: figures(120),
    trend: [{ referenceDate: "2026-05-30", figures: figures(7) }, { referenceDate: "2026-06-30", figures: figures(120) }],
    availability: { documents: new Map([["11502-2", { documents: 5000, citizens: 3 }]]), prescriptions: new Map() },
  },
  { region: "=Regione di prova", threshold: 10 },
);

describe("monitoring files", () => {
  it("lays the report out as one CSV table: indicators, trend, availability, services", () => {
    const lines = monitoringCsv(report).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("Sezione;Voce;Data di riferimento;Finestra;Numeratore;Denominatore;Percentuale;Documenti;Cittadini;Disponibile");
    expect(lines).toHaveLength(1 + 4 + 4 * 2 + 11 + SERVICES.length);
    expect(lines[1]).toBe("Indicatore;Utilizzo del FSE da parte dei cittadini;2026-06-30;90 giorni, dal 2 aprile 2026 al 30 giugno 2026;120;400;30,0%;;;");
    // 3 of 1,000 citizens consented: the 3 is hidden, and so is the percentage that would give it away.
    expect(lines[2]).toContain(";< 10;1000;—;");
    expect(lines).toContain("Andamento;Utilizzo del FSE da parte dei cittadini;2026-05-30;;< 10;400;—;;;");
    expect(lines).toContain("Documenti disponibili;Referto di laboratorio;2026-06-30;dal 31 marzo 2026 al 30 giugno 2026;;;;5000;< 10;Sì");
    expect(lines).toContain("Servizi;Pagamento del ticket;2026-06-30;;;;;;;No");
  });

  it("gives programs numbers, or the text «< 10» where a count is hidden", () => {
    const json = JSON.parse(monitoringJson(report));
    expect(json).toMatchObject({ regione: "=Regione di prova", dataRiferimento: "2026-06-30", periodo: { tipo: "trimestre", dal: "2026-03-31", al: "2026-06-30" }, sogliaConteggi: 10 });
    expect(json.indicatori[0].valore).toEqual({ numeratore: 120, denominatore: 400, percentuale: 30 });
    expect(json.indicatori[3].valore).toEqual({ numeratore: "< 10", denominatore: "< 10", percentuale: null });
    expect(json.indicatori[0].andamento[0]).toEqual({ dataRiferimento: "2026-05-30", numeratore: "< 10", denominatore: 400, percentuale: null });
    expect(json.documentiDisponibili[1]).toEqual({ codice: "11502-2", tipo: "Referto di laboratorio", disponibile: true, documenti: 5000, cittadini: "< 10" });
  });

  it("lists every document type of the national table, available or not", () => {
    expect(report.availability.map((row) => row.label)).toContain("Prescrizione farmaceutica");
    expect(report.availability.find((row) => row.code === "34105-7")).toEqual({ code: "34105-7", label: "Lettera di dimissione ospedaliera", available: false, documents: { below: 10 }, citizens: { below: 10 } });
  });
});
