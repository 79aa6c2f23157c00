import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseCda } from "@/lib/cda/parse";
import { CdaSections } from "./cda-sections";

// The official Patient Summary sample must render completely: every section's title and every word of
// its narrative reach the page.

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "shared", "samples", "cda");
const squash = (text: string) => text.replace(/\s+/g, "");
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_match, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("the Patient Summary sample (PSS.xml)", () => {
  const xml = readFileSync(path.join(SAMPLES, "PSS.xml"), "utf8");
  const rendered = squash(decode(renderToStaticMarkup(<CdaSections sections={parseCda(xml).sections} />)));
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const sections = Array.from(dom.getElementsByTagName("section"));

  it("has sections to render", () => {
    expect(sections.length).toBeGreaterThan(5);
  });

  it.each(sections.map((section, index) => [index, section] as const))("renders section %i completely", (_index, section) => {
    const child = (name: string) => Array.from(section.childNodes).find((node) => (node as XmlElement).localName === name);
    const title = child("title")?.textContent ?? "";
    const narrative = child("text")?.textContent ?? "";
    expect(rendered).toContain(squash(title));
    expect(rendered).toContain(squash(narrative));
  });
});
