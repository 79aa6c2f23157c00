import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

// pdf-lib's standard fonts encode WinAnsi only, so a name such as "Ștefan Łukasz Nguyễn" threw while
// drawing. DejaVu Sans Condensed (from the dejavu-fonts-ttf package, Bitstream Vera licence) covers the
// Latin, Greek and Cyrillic scripts, and its widths are close to Helvetica's, so the layouts, whose
// wrapping counts characters, keep their shape. Fonts are subset: a PDF carries only the glyphs it uses.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let fontBytes: Promise<[Uint8Array, Uint8Array]> | undefined;

function loadFontBytes(): Promise<[Uint8Array, Uint8Array]> {
  fontBytes ??= Promise.all([
    readFile(path.join(FONT_DIR, "DejaVuSansCondensed.ttf")),
    readFile(path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")),
  ]).catch((error: unknown) => {
    fontBytes = undefined;
    throw error;
  });
  return fontBytes;
}

/** Embeds the portal's Unicode regular and bold fonts into `pdf`. */
export async function embedPortalFonts(pdf: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  const [regularBytes, boldBytes] = await loadFontBytes();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    pdf.embedFont(regularBytes, { subset: true }),
    pdf.embedFont(boldBytes, { subset: true }),
  ]);
  return { regular, bold };
}
