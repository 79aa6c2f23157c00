// Seeds the demo data on first start; does nothing when the database already has people.
import path from "node:path";
import { applySqlitePragmas, createDb } from "../../lib/db/client";
import { parseEnv } from "../../lib/env";
import { createBlobStore } from "../../lib/storage/blob-store";
import { registrationFromCertificate } from "../../lib/facilities/keys";
import { registerApplication, upsertFacility } from "../../lib/facilities/mutations";
import { DEMO_LAB, loadDemoSecrets, type FacilityCredentials } from "../../scripts/demo-secrets.mjs";
import { FACILITIES } from "./catalog";
import { seedDemo } from "./seed";

const env = parseEnv(process.env);
const database = createDb(env.DATABASE_URL);
await applySqlitePragmas(database, env.DATABASE_URL);
if ((await database.person.findFirst({ select: { id: true } })) === null) {
  const started = Date.now();
  const store = createBlobStore(path.join(env.DATA_DIR, "blobs"), env.STORAGE_KEY);
  await seedDemo(database, store, new Date(), (message) => console.log(`[seed] ${message} in ${((Date.now() - started) / 1000).toFixed(1)} s`));
} else {
  console.log("[seed] dati già presenti: nessuna modifica");
}
// The demo laboratory's application, so that a document can be published as a lab would (README).
const { demoLab } = (await loadDemoSecrets(env.DATA_DIR)) as { demoLab: FacilityCredentials };
const key = registrationFromCertificate(demoLab.certificate);
if (!(await database.facilityApplication.findUnique({ where: { certificateSha256: key.certificateSha256! }, select: { id: true } }))) {
  const lab = FACILITIES.find((facility) => facility.code === DEMO_LAB.facilityCode)!;
  const facilityId = await upsertFacility(database, { code: lab.code, name: lab.name, type: lab.type });
  const id = await registerApplication(database, facilityId, DEMO_LAB.applicationName, key);
  console.log(`[seed] applicazione ${id} del laboratorio dimostrativo registrata`);
}
await database.$disconnect();
