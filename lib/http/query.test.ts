import { describe, expect, it } from "vitest";
import { parseAccessLogFilters } from "@/lib/access-log/schema";
import { parseDocumentFilters } from "@/lib/documents/schema";

describe("filters read from the query string", () => {
  it("keeps the valid filters, validated, and reports each wrong one by field", () => {
    const { filters, errors } = parseDocumentFilters({ testo: "  emocromo ", dal: "non-una-data", tipo: ["11502-2", "x"] });
    expect(filters).toEqual({ testo: "emocromo", tipo: "11502-2" });
    expect(errors).toEqual({ dal: "Usa una data valida (giorno, mese e anno)." });
  });

  it("reports a rule across fields on the field it names", () => {
    expect(parseDocumentFilters({ dal: "2025-05-01", al: "2024-01-01" }).errors).toEqual({ al: "La data iniziale deve precedere la data finale." });
  });

  it("ignores empty values and coerces the access-log cursor", () => {
    expect(parseAccessLogFilters({ chi: "", esito: "negati", prima: "42" })).toEqual({ filters: { esito: "negati", prima: 42 }, errors: {} });
    expect(parseAccessLogFilters({ chi: "tutti-i-vicini" }).errors).toEqual({ chi: "Scelta non riconosciuta." });
  });
});
