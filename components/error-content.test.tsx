import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import RootErrorPage from "@/app/error";
import CitizenErrorPage from "@/app/(fascicolo)/error";
import PublicErrorPage from "@/app/(public)/error";
import OperatorErrorPage from "@/app/operatore/error";
import ProfessionalErrorPage from "@/app/professionista/error";

// An error page must leave one main landmark: an area's layout already draws <main id="contenuto">, so
// the area's error page draws only its content; the root one, in a layout without <main>, draws it.

const error = Object.assign(new Error("boom"), { digest: "1" });
const reset = () => {};
const mains = (html: string) => html.match(/<main\b/g)?.length ?? 0;
/** The frame every area layout draws around its pages (app/(fascicolo)/layout.tsx and the others). */
const inAreaLayout = (page: React.ReactNode) => renderToStaticMarkup(<main id="contenuto">{page}</main>);

describe("error pages", () => {
  it.each([
    ["citizen area", CitizenErrorPage],
    ["public pages", PublicErrorPage],
    ["desk operators", OperatorErrorPage],
    ["professionals", ProfessionalErrorPage],
  ])("inside the %s layout keep a single main landmark, with the message and a retry button", (_area, ErrorPage) => {
    const html = inAreaLayout(<ErrorPage error={error} reset={reset} />);
    expect(mains(html)).toBe(1);
    expect(html).toContain("<h1");
    expect(html).toContain("Si è verificato un problema");
    expect(html).toContain(">Riprova</button>");
    expect(html).not.toContain("boom");
  });

  it("at the root, outside any area, draws the one main landmark itself", () => {
    const html = renderToStaticMarkup(<RootErrorPage error={error} reset={reset} />);
    expect(mains(html)).toBe(1);
    expect(html).toContain('id="contenuto"');
  });
});
