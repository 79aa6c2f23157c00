import { describe, expect, it } from "vitest";
import { judgeSession } from "./session-rules";

const start = new Date("2026-11-23T08:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const open = { endedAt: null, expiresAt: minutes(8 * 60), lastSeenAt: start };

describe("server-side session validity", () => {
  it("keeps an active session and touches it at most once a minute", () => {
    expect(judgeSession(open, minutes(0.5), 15)).toEqual({ valid: true, touch: false });
    expect(judgeSession(open, minutes(2), 15)).toEqual({ valid: true, touch: true });
  });

  it("ends a session idle for longer than the idle timeout", () => {
    expect(judgeSession(open, minutes(15), 15).valid).toBe(true);
    expect(judgeSession(open, minutes(15.1), 15)).toEqual({ valid: false, endReason: "IDLE" });
  });

  it("ends a session at its absolute lifetime even when active", () => {
    expect(judgeSession({ ...open, lastSeenAt: minutes(479) }, minutes(480), 15)).toEqual({ valid: false, endReason: "EXPIRED" });
  });

  it("never revives a session that was logged out", () => {
    expect(judgeSession({ ...open, endedAt: minutes(1) }, minutes(2), 15)).toEqual({ valid: false, endReason: null });
  });
});
