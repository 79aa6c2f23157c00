// `npm run fse:publish -- <file.pdf | file.xml> [--url http://localhost:3000] [--id <identificativoDoc>]`:
// publishes a document as the demo laboratory's software would, through the gateway API's
// validate-and-create, signed with the demo lab's certificate from DATA_DIR (demo mode only). A bare CDA2
// is first wrapped in a PDF. Prints the gateway's answer; exit code 0 when the document was accepted.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseCda } from "../lib/cda/parse";
import { cdaBytesOf } from "../lib/cda/pdf";
import { wrapCdaInPdf } from "../lib/cda/pdf-wrap";
import { gatewayHeaders, multipartBody, publicationMetadata } from "../lib/ingestion/gateway-client";
import { DEMO_LAB, loadDemoSecrets, type FacilityCredentials } from "./demo-secrets.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: "string", default: process.env.NEXTAUTH_URL ?? "http://localhost:3000" }, id: { type: "string" }, base: { type: "string", default: "/api/fse/v1" } },
});
if (!positionals[0]) {
  console.error("Uso: npm run fse:publish -- <file.pdf | file.xml> [--url http://localhost:3000] [--id identificativoDoc]");
  process.exit(1);
}
const input = new Uint8Array(readFileSync(positionals[0]));
const isPdf = Buffer.from(input.subarray(0, 1024)).includes("%PDF-");
const file = isPdf ? input : await wrapCdaInPdf(input, "Documento clinico");

// Patient and type as the lab's software knows them: from its own CDA (here read back from the file).
const cda = parseCda(isPdf ? await cdaBytesOf(file) : input);
const patient = cda.patient.fiscalCode ?? "";
const type = cda.typeCode ?? "";
const secrets = (await loadDemoSecrets(process.env.DATA_DIR ?? "./data")) as { demoLab: FacilityCredentials };
const audience = `${values.url!.replace(/\/$/, "")}${values.base}`;
const headers = await gatewayHeaders(
  { ...secrets.demoLab, commonName: DEMO_LAB.commonName },
  audience,
  { patient, actionId: "CREATE", documentType: type, file, facilityCode: DEMO_LAB.facilityCode, organizationId: process.env.FSE_ORGANIZATION_ID ?? "120" },
);
const identificativoDoc = values.id ?? `2.16.840.1.113883.2.9.2.120.4.4^DEMO${Date.now()}`;
const response = await fetch(`${audience}/documents/validate-and-create`, { method: "POST", headers, body: multipartBody(publicationMetadata(identificativoDoc), file) });
console.log(response.status, JSON.stringify(await response.json(), null, 2));
process.exit(response.ok ? 0 : 2);
