-- The old triggers refused every update; the sealer now updates each row once, so they are replaced.
DROP TRIGGER "AccessLogEntry_no_update" ON "AccessLogEntry";

-- DropIndex
DROP INDEX "AccessLogEntry_hash_key";

-- No foreign key on the subject: a request for an id that matches nobody is logged as asked.
ALTER TABLE "AccessLogEntry" DROP CONSTRAINT "AccessLogEntry_subjectId_fkey";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "derivedHash" TEXT;

-- AlterTable: a 64-bit sequence, and chain fields the sealer sets after commit.
ALTER TABLE "AccessLogEntry" ALTER COLUMN "seq" SET DATA TYPE BIGINT,
ADD COLUMN     "chainIndex" INTEGER,
ADD COLUMN     "sealedAt" TIMESTAMP(3),
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;
ALTER SEQUENCE "AccessLogEntry_seq_seq" AS BIGINT;

-- CreateTable
CREATE TABLE "AccessLogSealer" (
    "id" INTEGER NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "AccessLogSealer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessLogEntry_subjectId_chainIndex_idx" ON "AccessLogEntry"("subjectId", "chainIndex");

-- The rows written before this migration were chained in insertion order under the head's lock:
-- their place in the chain is their rank within the subject.
UPDATE "AccessLogEntry" SET "chainIndex" = ranked."position", "sealedAt" = "AccessLogEntry"."at"
FROM (SELECT "seq", ROW_NUMBER() OVER (PARTITION BY "subjectId" ORDER BY "seq") AS "position" FROM "AccessLogEntry") AS ranked
WHERE ranked."seq" = "AccessLogEntry"."seq";

-- The sealer finds the rows still to chain through this small index; Prisma's schema cannot express it.
CREATE INDEX "AccessLogEntry_unsealed_partial_idx" ON "AccessLogEntry"("seq") WHERE "hash" IS NULL;

INSERT INTO "AccessLogSealer" ("id") VALUES (1);

-- Append-only: a row is inserted, sealed once by the sealer (its chain fields only), and never changed
-- or deleted after that (DELETE and TRUNCATE stay refused by access_log_refuse_change).
CREATE FUNCTION "access_log_seal_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."hash" IS NOT NULL OR NEW."hash" IS NULL OR NEW."prevHash" IS NULL OR NEW."chainIndex" IS NULL
     OR (NEW."seq", NEW."at", NEW."actorId", NEW."actorRole", NEW."basis", NEW."subjectId", NEW."action",
         NEW."resourceType", NEW."resourceId", NEW."outcome", NEW."reason", NEW."purpose", NEW."detail")
        IS DISTINCT FROM
        (OLD."seq", OLD."at", OLD."actorId", OLD."actorRole", OLD."basis", OLD."subjectId", OLD."action",
         OLD."resourceType", OLD."resourceId", OLD."outcome", OLD."reason", OLD."purpose", OLD."detail") THEN
    RAISE EXCEPTION 'AccessLogEntry is append-only';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AccessLogEntry_seal_once" BEFORE UPDATE ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "access_log_seal_once"();

CREATE TRIGGER "AccessLogEntry_no_delete" BEFORE DELETE ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();

-- A chain head only moves forward and is never removed.
CREATE FUNCTION "access_log_head_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW."count" <= OLD."count" OR NEW."subjectId" IS DISTINCT FROM OLD."subjectId" THEN
    RAISE EXCEPTION 'AccessLogHead only moves forward';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AccessLogHead_forward_only" BEFORE UPDATE OR DELETE ON "AccessLogHead"
  FOR EACH ROW EXECUTE FUNCTION "access_log_head_forward_only"();

CREATE TRIGGER "AccessLogHead_no_truncate" BEFORE TRUNCATE ON "AccessLogHead"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();
