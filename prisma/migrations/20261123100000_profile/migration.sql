-- AlterTable
ALTER TABLE "Person" ADD COLUMN "contactPhone" TEXT;
ALTER TABLE "Person" ADD COLUMN "emailVerifiedAt" DATETIME;
ALTER TABLE "Person" ADD COLUMN "firstAccessAt" DATETIME;
ALTER TABLE "Person" ADD COLUMN "phoneVerifiedAt" DATETIME;

-- CreateTable
CREATE TABLE "ContactVerification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ContactVerification_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SmsOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipient" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ContactVerification_personId_createdAt_idx" ON "ContactVerification"("personId", "createdAt");

-- CreateIndex
CREATE INDEX "SmsOutbox_sentAt_createdAt_idx" ON "SmsOutbox"("sentAt", "createdAt");

