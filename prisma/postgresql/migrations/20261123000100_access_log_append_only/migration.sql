-- The access log is append-only: the database itself refuses any change or deletion of a row.
CREATE FUNCTION "access_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AccessLogEntry is append-only';
END;
$$;

CREATE TRIGGER "AccessLogEntry_no_update" BEFORE UPDATE OR DELETE ON "AccessLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();

CREATE TRIGGER "AccessLogEntry_no_truncate" BEFORE TRUNCATE ON "AccessLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();
