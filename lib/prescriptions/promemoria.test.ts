import { inflateSync } from "node:zlib";
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import { PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildPromemoriaPdf } from "./promemoria";
import type { PrescriptionDetail } from "./types";

// The pharmacy scans the promemoria: both barcodes must decode, from the PDF's own bytes, to the NRE
// and the fiscal code printed under them.

const prescription: PrescriptionDetail = {
  id: "rx-1",
  nre: "080A00012000345",
  kind: "SPECIALIST",
  status: "TO_FULFIL",
  prescriberName: "Dott.ssa Chiara Lombardo",
  prescriberRole: "Medico di medicina generale",
  issuedAt: "2026-11-20T09:00:00.000Z",
  expiresAt: "2027-05-19T09:00:00.000Z",
  fulfilledAt: null,
  priority: "D",
  exemptionCode: "013",
  diagnosis: "Follow-up ipertensione arteriosa",
  items: [{ description: "Prima visita cardiologica", code: "89.7A.3", atcCode: null, quantity: 1 }],
};

/** Every image in the PDF, as decoded barcode text (pdf-lib stores PNGs as deflated RGB pixels). */
async function decodeBarcodes(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const reader = new MultiFormatReader();
  reader.setHints(new Map([[DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_39]]]));
  const texts: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    if (object.dict.get(PDFName.of("ColorSpace")) !== PDFName.of("DeviceRGB")) continue;
    const width = (object.dict.get(PDFName.of("Width")) as PDFNumber).asNumber();
    const height = (object.dict.get(PDFName.of("Height")) as PDFNumber).asNumber();
    const rgb = inflateSync(object.contents);
    const luminance = new Uint8ClampedArray(width * height);
    for (let i = 0; i < width * height; i++) luminance[i] = (rgb[i * 3]! * 299 + rgb[i * 3 + 1]! * 587 + rgb[i * 3 + 2]! * 114) / 1000;
    texts.push(reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)))).getText());
  }
  return texts;
}

describe("the prescription promemoria", () => {
  it("carries the NRE and the fiscal code as Code 39 barcodes that decode back", async () => {
    const bytes = await buildPromemoriaPdf({ region: "Regione dimostrativa", patient: { name: "ROSSI MARIO", fiscalCode: "RSSMRA80A01H501U" }, prescription });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    expect((await decodeBarcodes(bytes)).sort()).toEqual(["080A00012000345", "RSSMRA80A01H501U"]);
  });

  it("lays out a pharmaceutical prescription with several items on one page", async () => {
    const bytes = await buildPromemoriaPdf({
      region: "Regione dimostrativa",
      patient: { name: "ROSSI MARIO", fiscalCode: "RSSMRA80A01H501U" },
      prescription: {
        ...prescription,
        kind: "PHARMACEUTICAL",
        priority: null,
        diagnosis: null,
        items: [
          { description: "Ramipril 5 mg compresse, 28 compresse", code: "027617024", atcCode: "C09AA05", quantity: 2 },
          { description: "Atorvastatina 20 mg compresse rivestite, 30 compresse", code: "037370010", atcCode: "C10AA05", quantity: 1 },
        ],
      },
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe("Promemoria ricetta 080A00012000345");
  });
});
