import { afterEach, describe, expect, it, vi } from "vitest";
import { logProtocolMessage, requireProtocolRow } from "./protocol-record";

// A protocol row that cannot be written is reported in the server log, plainly and without the message's
// content; the login's steps then stop, a logout or a sweep goes on.

const database = vi.hoisted(() => ({ fail: true, written: [] as unknown[] }));
vi.mock("@/lib/db/client", () => ({
  db: async () => ({
    protocolLogEntry: {
      create: async (row: unknown) => {
        if (database.fail) throw new Error("SQLITE_BUSY: database is locked");
        database.written.push(row);
      },
    },
  }),
}));

const message = { kind: "TOKEN_RESPONSE" as const, provider: "spid-test", outcome: "OK" as const, flowHash: "f", detail: { tokens: ["access_token"] } };

afterEach(() => vi.restoreAllMocks());

describe("writing a protocol row", () => {
  it("writes the row when the database answers", async () => {
    database.fail = false;
    expect(await logProtocolMessage(message)).toBe(true);
    expect(database.written).toEqual([{ data: expect.objectContaining({ kind: "TOKEN_RESPONSE", flowHash: "f", detail: JSON.stringify(message.detail) }) }]);
  });

  it("reports a failure in the server log and returns false, throwing nothing", async () => {
    database.fail = true;
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await logProtocolMessage(message)).toBe(false);
    expect(report).toHaveBeenCalledWith("[protocol-log] riga TOKEN_RESPONSE per spid-test non scritta: SQLITE_BUSY: database is locked");
  });

  it("stops a login's step with a plain error code, which the login page turns into its message", async () => {
    database.fail = true;
    vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(requireProtocolRow(message)).rejects.toThrow(/^PROTOCOL_LOG_UNAVAILABLE$/);
  });
});
