import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCda } from "./parse";
import { presentNarrativeTables } from "./narrative";

const SAMPLES = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "samples", "cda");

describe("narrative tables on a page", () => {
  it("sit each in a focusable labelled region that scrolls on its own, nested tables inside their parent's", () => {
    const html = "<p>Prima</p><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table><p>Dopo</p><table><tr><td>y</td></tr></table>";
    const out = presentNarrativeTables(html, { scroll: 'Tabella "A" <scorre>' });
    expect(out.match(/role="region"/g)).toHaveLength(2);
    expect(out).toBe(
      '<p>Prima</p><p class="narrative-scroll-hint" aria-hidden="true">Tabella &quot;A&quot; &lt;scorre></p><div class="narrative-scroll" role="region" tabindex="0" aria-label="Tabella &quot;A&quot; &lt;scorre>"><table><tr><td><table><tr><td>x</td></tr></table></td></tr></table></div><p>Dopo</p>' +
        '<p class="narrative-scroll-hint" aria-hidden="true">Tabella &quot;A&quot; &lt;scorre></p><div class="narrative-scroll" role="region" tabindex="0" aria-label="Tabella &quot;A&quot; &lt;scorre>"><table><tr><td>y</td></tr></table></div>',
    );
  });

  it("fold under a closed summary when asked, leaving the text around them in view", () => {
    const out = presentNarrativeTables("<p>Prelievo a digiuno.</p><table><tr><td>Glucosio</td></tr></table>", { scroll: "Tabella", folded: "La tabella del laboratorio" });
    expect(out).toMatch(/^<p>Prelievo a digiuno\.<\/p><details class="narrative-folded"><summary>La tabella del laboratorio<\/summary><p [^>]+>Tabella<\/p><div [^>]+><table>.*<\/table><\/div><\/details>$/);
  });

  it("leave a narrative without tables as it is, and keep every table of the official lab sample", () => {
    expect(presentNarrativeTables("<p>Nessuna tabella</p>", { scroll: "x" })).toBe("<p>Nessuna tabella</p>");
    const sections = parseCda(readFileSync(path.join(SAMPLES, "LAB.xml"))).sections.flatMap((section) => [section, ...section.subsections]);
    const html = sections.map((section) => section.html).join("");
    const out = presentNarrativeTables(html, { scroll: "x", folded: "y" });
    expect(out.match(/<table/g)?.length).toBe(html.match(/<table/g)?.length);
    expect(out.replace(/<details[^>]*><summary>y<\/summary><p[^>]*>x<\/p><div[^>]*>|<\/div><\/details>/g, "")).toBe(html);
  });
});
