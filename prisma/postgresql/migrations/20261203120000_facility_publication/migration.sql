-- DropForeignKey
ALTER TABLE "AccessLogEntry" DROP CONSTRAINT "AccessLogEntry_actorId_fkey";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "firstOpenedAt" TIMESTAMP(3),
ADD COLUMN     "publicationMetadata" TEXT,
ADD COLUMN     "publishedByAppId" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FacilityApplication" (
    "id" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "commonName" TEXT NOT NULL,
    "certificateSha256" TEXT,
    "publicJwk" TEXT NOT NULL,
    "keyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "FacilityApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestionTokenUse" (
    "jti" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestionTokenUse_pkey" PRIMARY KEY ("applicationId","jti")
);

-- CreateTable
CREATE TABLE "IngestionEvent" (
    "id" TEXT NOT NULL,
    "workflowInstanceId" TEXT NOT NULL,
    "traceId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "eventStatus" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "applicationId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT,
    "subjectRole" TEXT,
    "organization" TEXT,
    "documentId" TEXT,
    "identificativoDoc" TEXT,
    "clinicalActivity" TEXT,
    "cdaHash" TEXT,
    "message" TEXT,

    CONSTRAINT "IngestionEvent_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "FacilityApplication" ADD CONSTRAINT "FacilityApplication_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

