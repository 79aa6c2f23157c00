-- AlterTable
ALTER TABLE "Document" ADD COLUMN "externalId" TEXT;
ALTER TABLE "Document" ADD COLUMN "firstOpenedAt" DATETIME;
ALTER TABLE "Document" ADD COLUMN "publicationMetadata" TEXT;
ALTER TABLE "Document" ADD COLUMN "publishedByAppId" TEXT;
ALTER TABLE "Document" ADD COLUMN "withdrawnAt" DATETIME;

-- CreateTable
CREATE TABLE "FacilityApplication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "facilityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "commonName" TEXT NOT NULL,
    "certificateSha256" TEXT,
    "publicJwk" TEXT NOT NULL,
    "keyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "FacilityApplication_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IngestionTokenUse" (
    "jti" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,

    PRIMARY KEY ("applicationId", "jti")
);

-- CreateTable
CREATE TABLE "IngestionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workflowInstanceId" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "eventStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "applicationId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT,
    "subjectRole" TEXT,
    "organization" TEXT,
    "documentId" TEXT,
    "identificativoDoc" TEXT,
    "clinicalActivity" TEXT,
    "cdaHash" TEXT,
    "message" TEXT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AccessLogEntry" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "basis" TEXT,
    "subjectId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "detail" TEXT,
    "chainIndex" INTEGER,
    "prevHash" TEXT,
    "hash" TEXT,
    "sealedAt" DATETIME
);
INSERT INTO "new_AccessLogEntry" ("action", "actorId", "actorRole", "at", "basis", "chainIndex", "detail", "hash", "outcome", "prevHash", "purpose", "reason", "resourceId", "resourceType", "sealedAt", "seq", "subjectId") SELECT "action", "actorId", "actorRole", "at", "basis", "chainIndex", "detail", "hash", "outcome", "prevHash", "purpose", "reason", "resourceId", "resourceType", "sealedAt", "seq", "subjectId" FROM "AccessLogEntry";
DROP TABLE "AccessLogEntry";
ALTER TABLE "new_AccessLogEntry" RENAME TO "AccessLogEntry";
CREATE INDEX "AccessLogEntry_subjectId_at_idx" ON "AccessLogEntry"("subjectId", "at");
CREATE INDEX "AccessLogEntry_actorId_at_idx" ON "AccessLogEntry"("actorId", "at");
CREATE INDEX "AccessLogEntry_subjectId_chainIndex_idx" ON "AccessLogEntry"("subjectId", "chainIndex");
CREATE INDEX "AccessLogEntry_sealedAt_idx" ON "AccessLogEntry"("sealedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The sealer finds the rows still to chain through this small index; Prisma's schema cannot express it.
CREATE INDEX "AccessLogEntry_unsealed_partial_idx" ON "AccessLogEntry"("seq") WHERE "hash" IS NULL;

-- Append-only: a row is inserted, sealed once by the sealer (its chain fields only), and never changed
-- or deleted after that. The table is rebuilt without the actor's foreign key (a facility's application acts too); the dropped table took its triggers and its partial index with it.
CREATE TRIGGER "AccessLogEntry_seal_once" BEFORE UPDATE ON "AccessLogEntry"
WHEN OLD."hash" IS NOT NULL OR NEW."hash" IS NULL OR NEW."prevHash" IS NULL OR NEW."chainIndex" IS NULL
  OR NEW."seq" IS NOT OLD."seq" OR NEW."at" IS NOT OLD."at" OR NEW."actorId" IS NOT OLD."actorId"
  OR NEW."actorRole" IS NOT OLD."actorRole" OR NEW."basis" IS NOT OLD."basis" OR NEW."subjectId" IS NOT OLD."subjectId"
  OR NEW."action" IS NOT OLD."action" OR NEW."resourceType" IS NOT OLD."resourceType" OR NEW."resourceId" IS NOT OLD."resourceId"
  OR NEW."outcome" IS NOT OLD."outcome" OR NEW."reason" IS NOT OLD."reason" OR NEW."purpose" IS NOT OLD."purpose"
  OR NEW."detail" IS NOT OLD."detail"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogEntry is append-only');
END;

CREATE TRIGGER "AccessLogEntry_no_delete" BEFORE DELETE ON "AccessLogEntry"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogEntry is append-only');
END;


-- CreateIndex
CREATE UNIQUE INDEX "FacilityApplication_certificateSha256_key" ON "FacilityApplication"("certificateSha256");

-- CreateIndex
CREATE UNIQUE INDEX "FacilityApplication_keyId_key" ON "FacilityApplication"("keyId");

-- CreateIndex
CREATE INDEX "FacilityApplication_facilityId_idx" ON "FacilityApplication"("facilityId");

-- CreateIndex
CREATE INDEX "FacilityApplication_commonName_idx" ON "FacilityApplication"("commonName");

-- CreateIndex
CREATE INDEX "IngestionTokenUse_expiresAt_idx" ON "IngestionTokenUse"("expiresAt");

-- CreateIndex
CREATE INDEX "IngestionEvent_workflowInstanceId_at_idx" ON "IngestionEvent"("workflowInstanceId", "at");

-- CreateIndex
CREATE INDEX "IngestionEvent_traceId_at_idx" ON "IngestionEvent"("traceId", "at");

-- CreateIndex
CREATE INDEX "IngestionEvent_cdaHash_applicationId_idx" ON "IngestionEvent"("cdaHash", "applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_externalId_key" ON "Document"("externalId");

