-- CreateTable
CREATE TABLE "ProtocolLogEntry" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "flowHash" TEXT,
    "sessionHash" TEXT,
    "personId" TEXT,
    "fiscalCode" TEXT,
    "detail" TEXT NOT NULL,

    CONSTRAINT "ProtocolLogEntry_pkey" PRIMARY KEY ("seq")
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
-- this floor holds whatever months it is given and whoever runs the DELETE. "at" is UTC without a zone.
CREATE FUNCTION "protocol_log_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."at" <= (now() AT TIME ZONE 'UTC') - interval '24 months' THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ProtocolLogEntry rows are kept at least 24 months';
  END IF;
  RAISE EXCEPTION 'ProtocolLogEntry is append-only';
END;
$$;

CREATE TRIGGER "ProtocolLogEntry_append_only" BEFORE UPDATE OR DELETE ON "ProtocolLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "protocol_log_guard"();

CREATE FUNCTION "protocol_log_refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ProtocolLogEntry is append-only';
END;
$$;

CREATE TRIGGER "ProtocolLogEntry_no_truncate" BEFORE TRUNCATE ON "ProtocolLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "protocol_log_refuse_truncate"();
