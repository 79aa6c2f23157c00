-- The access log is append-only: the database itself refuses any change or deletion of a row.
CREATE TRIGGER "AccessLogEntry_no_update" BEFORE UPDATE ON "AccessLogEntry"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogEntry is append-only');
END;

CREATE TRIGGER "AccessLogEntry_no_delete" BEFORE DELETE ON "AccessLogEntry"
BEGIN
  SELECT RAISE(ABORT, 'AccessLogEntry is append-only');
END;
