import { describe, expect, it } from "vitest";
import { accessLogCsv } from "./csv";

describe("access log CSV", () => {
  it("has Italian headers, one line per access, and quotes what needs quoting", () => {
    const csv = accessLogCsv([
      {
        seq: 1, at: "2026-11-23T09:05:00.000Z", actorName: "Roberto Bruno", actorRole: "PROFESSIONAL", actorAffiliation: "Medico; PS",
        emergencyReason: 'Paziente "incosciente"', action: "document.list", documentTitle: null, purpose: "EMERGENZA", outcome: "ALLOW", reason: "ALLOWED", isSelf: false,
      },
    ]);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("Data e ora;Chi;Ruolo;Struttura o sportello;Che cosa;Documento;Perché;Motivo dell'emergenza;Esito;Dettaglio");
    expect(lines[1]).toBe('23/11/2026, 10:05;Roberto Bruno;Professionista sanitario;"Medico; PS";Ha consultato l\'elenco dei documenti;;Emergenza;"Paziente ""incosciente""";Consentito;');
    expect(lines).toHaveLength(2);
  });
});
