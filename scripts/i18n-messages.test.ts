import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { collectMessages, compare, readCatalogue } from "./i18n-messages.mjs";

// An English reader must never meet an Italian sentence the code forgot, nor a broken placeholder.

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

describe("the English catalogue", () => {
  const messages = collectMessages();
  const catalogue: Record<string, string> = readCatalogue();

  it("translates every message the code writes, and holds no stale entry", () => {
    expect(messages.size).toBeGreaterThan(100);
    const { missing, stale } = compare(messages, catalogue);
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it("keeps the placeholders of each Italian message, and each side parses as ICU MessageFormat", () => {
    for (const [italian, english] of Object.entries(catalogue)) {
      const expected = [...argumentsOf(parse(italian))].sort();
      expect([...argumentsOf(parse(english))].sort(), italian).toEqual(expected);
    }
  });

  it("formats plurals by each language's rules", () => {
    const message = "{count, plural, one {# documento} other {# documenti}}";
    expect(translator("it")(message, { count: 1 })).toBe("1 documento");
    expect(translator("it")(message, { count: 1200 })).toBe("1200 documenti");
  });

  it("shows dates and numbers in the reader's language, in Italian time", () => {
    const lateEvening = new Date("2026-11-23T23:30:00Z");
    expect(translator("it").date(lateEvening)).toBe("24 novembre 2026");
    expect(translator("en").date(lateEvening)).toBe("24 November 2026");
    expect(translator("en").dateTime(lateEvening)).toBe("24/11/2026, 00:30");
    expect(translator("it").number(1234.5, { minimumFractionDigits: 2 })).toBe("1234,50");
  });

  it("leaves a message it does not know as written, so that data is never lost in translation", () => {
    expect(translator("en")("Referto di laboratorio del 3 marzo")).toBe("Referto di laboratorio del 3 marzo");
  });
});
