
-- AlterTable
ALTER TABLE "Document" ADD COLUMN "derivedHash" TEXT;

-- CreateTable
CREATE TABLE "AccessLogSealer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lastRunAt" DATETIME
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
    "sealedAt" DATETIME,
    CONSTRAINT "AccessLogEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AccessLogEntry" ("action", "actorId", "actorRole", "at", "basis", "detail", "hash", "outcome", "prevHash", "purpose", "reason", "resourceId", "resourceType", "seq", "subjectId") SELECT "action", "actorId", "actorRole", "at", "basis", "detail", "hash", "outcome", "prevHash", "purpose", "reason", "resourceId", "resourceType", "seq", "subjectId" FROM "AccessLogEntry";
DROP TABLE "AccessLogEntry";
ALTER TABLE "new_AccessLogEntry" RENAME TO "AccessLogEntry";
CREATE INDEX "AccessLogEntry_subjectId_at_idx" ON "AccessLogEntry"("subjectId", "at");
CREATE INDEX "AccessLogEntry_actorId_at_idx" ON "AccessLogEntry"("actorId", "at");
CREATE INDEX "AccessLogEntry_subjectId_chainIndex_idx" ON "AccessLogEntry"("subjectId", "chainIndex");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- The rows written before this migration were chained in insertion order under the head's lock:
-- their place in the chain is their rank within the subject.
UPDATE "AccessLogEntry" SET "chainIndex" = ranked."position", "sealedAt" = "AccessLogEntry"."at"
FROM (SELECT "seq", ROW_NUMBER() OVER (PARTITION BY "subjectId" ORDER BY "seq") AS "position" FROM "AccessLogEntry") AS ranked
WHERE ranked."seq" = "AccessLogEntry"."seq";

-- The sealer finds the rows still to chain through this small index; Prisma's schema cannot express it.
CREATE INDEX "AccessLogEntry_unsealed_partial_idx" ON "AccessLogEntry"("seq") WHERE "hash" IS NULL;

INSERT INTO "AccessLogSealer" ("id") VALUES (1);

-- Append-only: a row is inserted, sealed once by the sealer (its chain fields only), and never changed
-- or deleted after that. The dropped table took the old triggers with it.
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

-- A chain head only moves forward and is never removed.
CREATE TRIGGER "AccessLogHead_forward_only" BEFORE UPDATE ON "AccessLogHead"
WHEN NEW."count" <= OLD."count" OR NEW."subjectId" IS NOT OLD."subjectId"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogHead only moves forward');
END;

CREATE TRIGGER "AccessLogHead_no_delete" BEFORE DELETE ON "AccessLogHead"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogHead only moves forward');
END;
