import { describe, expect, it } from "vitest";
import { deadlineAfterRequest, idlePhase, msUntilNextPhase, WARN_BEFORE_MS } from "./idle-warning";

const minute = 60_000;
const deadline = 15 * minute;

describe("the warning before the inactivity logout", () => {
  it("appears two minutes before the session ends and gives way to the logout at the end", () => {
    expect(idlePhase(deadline, 12 * minute)).toBe("active");
    expect(idlePhase(deadline, 13 * minute - 1)).toBe("active");
    expect(idlePhase(deadline, 13 * minute)).toBe("warning");
    expect(idlePhase(deadline, 15 * minute - 1)).toBe("warning");
    expect(idlePhase(deadline, 15 * minute)).toBe("expired");
  });

  it("wakes up exactly when the warning is due, then when the session ends, then no more", () => {
    expect(msUntilNextPhase(deadline, 0)).toBe(13 * minute);
    expect(msUntilNextPhase(deadline, 14 * minute)).toBe(minute);
    expect(msUntilNextPhase(deadline, 15 * minute)).toBeNull();
  });

  it("takes a shorter warning when the prop asks for one", () => {
    expect(idlePhase(10_000, 4_000, 5_000)).toBe("active");
    expect(idlePhase(10_000, 5_000, 5_000)).toBe("warning");
  });

  it("after a request counts one minute less than the idle time, as the server may have seen activity that much earlier", () => {
    const after = deadlineAfterRequest(1_000, 15 * minute);
    expect(after).toBe(1_000 + 14 * minute);
    expect(idlePhase(after, 1_000 + 12 * minute)).toBe("warning");
    expect(WARN_BEFORE_MS).toBe(2 * minute);
  });
});
