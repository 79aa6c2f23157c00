import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { accessLogCsv, spreadsheetSafe } from "./csv";

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
    expect(lines[1]).toBe('23/11/2026, 10:05;Roberto Bruno;Professionista sanitario;"Medico; PS";Ha consultato l\'elenco dei documenti;;Accesso in emergenza;"Paziente ""incosciente""";Consentito;');
    expect(lines).toHaveLength(2);
  });

  it("speaks the reader's language, keeping the document's own title", () => {
    const csv = accessLogCsv(
      [
        {
          seq: 2, at: "2026-11-23T23:30:00.000Z", actorName: "Mario Rossi", actorRole: "DELEGATE", actorAffiliation: null,
          emergencyReason: null, action: "document.read", documentTitle: "Referto di laboratorio", purpose: "CONSULTAZIONE", outcome: "DENY", reason: "OUT_OF_SCOPE", isSelf: false,
        },
      ],
      translator("en"),
    );
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("Date and time;Who;Role;Facility or desk;What;Document;Why;Reason for the emergency;Outcome;Detail");
    expect(lines[1]).toBe("24/11/2026, 00:30;Mario Rossi;Delegate;;Read a document;Referto di laboratorio;Viewed in the portal;;Refused;outside the scope of the delegation");
  });

  it("names the record's own person, not \"you\", when a parent downloads a child's log", () => {
    const row = {
      seq: 3, at: "2026-11-23T10:00:00.000Z", actorName: "Sofia Rossi", actorRole: "CITIZEN", actorAffiliation: null,
      emergencyReason: null, action: "document.list", documentTitle: null, purpose: "CONSULTAZIONE", outcome: "ALLOW", reason: "ALLOWED", isSelf: true,
    } as const;
    const own = accessLogCsv([row], translator("it")).replace(/^\uFEFF/, "").trim().split("\n")[1]!;
    const forChild = accessLogCsv([row], translator("it"), true).replace(/^\uFEFF/, "").trim().split("\n")[1]!;
    expect(own.split(";")[1]).toBe("Tu");
    expect(forChild.split(";")[1]).toBe("Sofia Rossi");
  });

  it("never hands a spreadsheet a live formula, whoever typed the text", () => {
    const csv = accessLogCsv([
      {
        seq: 4, at: "2026-11-23T09:05:00.000Z", actorName: "@SUM(1+1)", actorRole: "PROFESSIONAL", actorAffiliation: "+39 PS",
        emergencyReason: '=HYPERLINK("http://example.org";"apri")', action: "document.read", documentTitle: "-2+3", purpose: "EMERGENZA",
        outcome: "ALLOW", reason: "ALLOWED", isSelf: false,
      },
    ]);
    const cells = csv.replace(/^\uFEFF/, "").trim().split("\n")[1]!.split(";");
    expect(cells[1]).toBe("'@SUM(1+1)");
    expect(cells[3]).toBe("'+39 PS");
    expect(cells[5]).toBe("'-2+3");
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org""`);
    expect(csv).not.toMatch(/;=|;\+|;-|;@/);
  });

  it("leaves ordinary text as typed", () => {
    for (const text of ["Mario Rossi", "Paziente incosciente", "", "a=b", "Dott.ssa Bianchi"]) expect(spreadsheetSafe(text)).toBe(text);
    for (const text of ["\tx", "\rx", "=1", "+1", "-1", "@x"]) expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });
});
