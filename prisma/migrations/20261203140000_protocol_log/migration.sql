-- CreateTable
CREATE TABLE "ProtocolLogEntry" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "flowHash" TEXT,
    "sessionHash" TEXT,
    "personId" TEXT,
    "fiscalCode" TEXT,
    "detail" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ProtocolLogEntry_fiscalCode_at_idx" ON "ProtocolLogEntry"("fiscalCode", "at");

-- CreateIndex
CREATE INDEX "ProtocolLogEntry_flowHash_idx" ON "ProtocolLogEntry"("flowHash");

-- CreateIndex
CREATE INDEX "ProtocolLogEntry_sessionHash_idx" ON "ProtocolLogEntry"("sessionHash");

-- CreateIndex
CREATE INDEX "ProtocolLogEntry_at_idx" ON "ProtocolLogEntry"("at");


-- Append-only (decision 0018): no row is ever changed, and none is removed before the 24 months the
-- SPID/CIE rules require. The retention purge (npm run auth:protocol-log-purge) deletes only older rows;
-- this floor holds whatever months it is given and whoever runs the DELETE.
CREATE TRIGGER "ProtocolLogEntry_no_update" BEFORE UPDATE ON "ProtocolLogEntry"
BEGIN
  SELECT RAISE(ABORT, 'ProtocolLogEntry is append-only');
END;

CREATE TRIGGER "ProtocolLogEntry_kept_24_months" BEFORE DELETE ON "ProtocolLogEntry"
WHEN julianday(OLD."at") IS NULL OR julianday(OLD."at") > julianday('now', '-24 months')
BEGIN
  SELECT RAISE(ABORT, 'ProtocolLogEntry rows are kept at least 24 months');
END;
