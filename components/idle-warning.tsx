"use client";

import { signOut } from "next-auth/react";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { closeIdleSession, keepSessionAlive, type IdleOutcome } from "@/lib/auth/actions";
import { loginPageFor } from "@/lib/auth/return-path";
import { deadlineAfterRequest, idlePhase, msUntilNextPhase, WARN_BEFORE_MS } from "@/lib/auth/idle-warning";
import { useT } from "./i18n-provider";

type Props = {
  /** Milliseconds the session has left when the page was rendered on the server. */
  expiresInMs: number;
  /** The whole inactivity timeout (SESSION_IDLE_MINUTES), counted again after each request. */
  idleMs: number;
  /** How long before the logout the warning appears; the tests shorten it. */
  warnBeforeMs?: number;
};

function here(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** Warns before the inactivity logout and lets the person stay logged in (WCAG 2.2.1). */
export function IdleWarning({ expiresInMs, idleMs, warnBeforeMs = WARN_BEFORE_MS }: Props) {
  const t = useT();
  const pathname = usePathname();
  const [deadline, setDeadline] = useState(() => Date.now() + expiresInMs);
  const [phase, setPhase] = useState<"active" | "warning">("active");
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const firstPath = useRef(pathname);

  // Moving to another page reaches the server, which counts it as activity.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    setDeadline((current) => Math.max(current, deadlineAfterRequest(Date.now(), idleMs)));
  }, [pathname, idleMs]);

  const settle = (outcome: IdleOutcome) => {
    if ("closed" in outcome) {
      window.location.assign(outcome.closed);
      return;
    }
    // The server measured this from the session's own last activity: no margin needed.
    setDeadline(Date.now() + outcome.remainingMs);
    setPhase("active");
    setBusy(false);
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const now = Date.now();
      const current = idlePhase(deadline, now, warnBeforeMs);
      if (current === "expired") {
        void closeIdleSession(here()).then(settle, () => window.location.assign(loginPageFor(here(), true)));
        return;
      }
      setPhase(current);
      timer = setTimeout(check, msUntilNextPhase(deadline, now, warnBeforeMs) ?? 0);
    };
    check();
    // Tells whoever drives the page's clock (the e2e tests) that the countdown is running.
    dialog.current?.setAttribute("data-armed", "");
    // Background tabs throttle timers: look again as soon as the tab is shown.
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      clearTimeout(timer);
      check();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [deadline, warnBeforeMs]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (phase === "warning" && !element.open) element.showModal();
    if (phase === "active" && element.open) element.close();
  }, [phase]);

  const stay = () => {
    setBusy(true);
    void keepSessionAlive(here()).then(settle, () => setBusy(false));
  };

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="avviso-inattivita-titolo"
      aria-describedby="avviso-inattivita-testo"
      // Escape means the person is here: treat it as "stay logged in" rather than leaving the session to end.
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) stay();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-line bg-white p-6 text-ink shadow-lg backdrop:bg-black/50"
    >
      <h2 id="avviso-inattivita-titolo" className="text-xl font-bold">
        {t("La sessione sta per scadere per inattività")}
      </h2>
      <p id="avviso-inattivita-testo" className="mt-3">
        {t("Per proteggere i tuoi dati, tra meno di {minutes} minuti verrai disconnesso. Le modifiche non salvate andranno perse.", {
          minutes: Math.max(1, Math.round(warnBeforeMs / 60_000)),
        })}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          autoFocus
          disabled={busy}
          onClick={stay}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
        >
          {t("Resta collegato")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void signOut({ callbackUrl: "/?uscita=1" });
          }}
          className="rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-brand hover:text-white disabled:opacity-70"
        >
          {t("Esci")}
        </button>
      </div>
    </dialog>
  );
}
