import type { DemoPerson } from "../../prisma/seed/people";
import type { OpProfile } from "./provider";

// The login page of the local OP: pick a test identity and a SPID level. Plain HTML forms, so it works
// with the keyboard alone and without JavaScript.

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function age(birthDate: Date): number {
  const now = new Date();
  let years = now.getUTCFullYear() - birthDate.getUTCFullYear();
  if (now < new Date(Date.UTC(now.getUTCFullYear(), birthDate.getUTCMonth(), birthDate.getUTCDate()))) years -= 1;
  return years;
}

const LEVELS = `
  <label for="acr">Livello di sicurezza</label>
  <select id="acr" name="acr">
    <option value="https://www.spid.gov.it/SpidL1">Livello 1 (solo password)</option>
    <option value="https://www.spid.gov.it/SpidL2" selected>Livello 2 (password e codice)</option>
    <option value="https://www.spid.gov.it/SpidL3">Livello 3 (dispositivo)</option>
  </select>`;

const PAGE_STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f2f5f8; color: #17324d; }
  main { max-width: 44rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  .warn { background: #fff3cd; border: 1px solid #b38600; padding: .75rem 1rem; border-radius: 6px; }
  ul { list-style: none; padding: 0; display: grid; gap: .5rem; }
  button { width: 100%; text-align: left; padding: .85rem 1rem; border: 1px solid #5c6f82; border-radius: 6px; background: #fff; font: inherit; cursor: pointer; display: grid; gap: .2rem; color: inherit; }
  button:hover, button:focus-visible { border-color: #0066cc; outline: 3px solid #ffbf47; }
  span { color: #455b71; font-size: .95rem; }
  .other { background: #fff; padding: 1rem; border-radius: 6px; border: 1px solid #c5c7c9; display: grid; gap: .5rem; }
  input[type=text], select { font: inherit; padding: .5rem; border: 1px solid #5c6f82; border-radius: 4px; }
  .error { color: #a61919; font-weight: 600; }
  .cancel { margin-top: 1.5rem; }
  .cancel button, .primary { width: auto; display: inline-block; }
  .primary { background: #0066cc; color: #fff; font-weight: 600; }`;

function page(profile: OpProfile, body: string): string {
  const title = profile.kind === "cie" ? "CIE — Carta d'Identità Elettronica" : `SPID — ${escapeHtml(profile.name)}`;
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} (ambiente di prova)</title>
<style>${PAGE_STYLE}
  header { background: ${profile.kind === "cie" ? "#0b3d91" : "#0066cc"}; color: #fff; padding: 1rem 1.5rem; }</style></head>
<body><header><strong>${title}</strong></header><main>${body}</main></body></html>`;
}

/** `clientName` is what the federation says the relying party is called (its client_name). */
export function renderConsent(profile: OpProfile, uid: string, person: DemoPerson | undefined, clientName: string): string {
  const name = person ? `${escapeHtml(person.givenName)} ${escapeHtml(person.familyName)}` : "";
  return page(
    profile,
    `<h1>Autorizzi l'invio dei tuoi dati?</h1>
  <p>Il servizio <strong>${escapeHtml(clientName)}</strong> riceverà questi dati di ${name}:</p>
  <ul class="other"><li>Nome e cognome</li><li>Codice fiscale${person ? `: ${person.fiscalCode}` : ""}</li><li>Data di nascita</li><li>Sesso</li><li>Indirizzo e-mail, se presente</li></ul>
  <form method="post" action="/interaction/${uid}/consent"><button class="primary" type="submit">Acconsento e prosegui</button></form>
  <form class="cancel" method="post" action="/interaction/${uid}/abort"><button type="submit">Non acconsento</button></form>`,
  );
}

export function renderLogin(profile: OpProfile, uid: string, people: DemoPerson[], error?: string): string {
  const named = people.filter((person) => person.note);
  const rows = named
    .map(
      (person) => `<li>
        <form method="post" action="/interaction/${uid}/login">
          <input type="hidden" name="fiscalCode" value="${person.fiscalCode}">
          <input type="hidden" name="acr" value="https://www.spid.gov.it/SpidL2">
          <button type="submit" data-fiscal-code="${person.fiscalCode}">
            <strong>${escapeHtml(person.givenName)} ${escapeHtml(person.familyName)}</strong>
            <span>${person.fiscalCode} · ${age(person.birthDate)} anni · ${escapeHtml(person.note ?? "")}</span>
          </button>
        </form>
      </li>`,
    )
    .join("");
  return page(
    profile,
    `  <h1>Accedi con un'identità di prova</h1>
  <p class="warn">Questo è un fornitore di identità <strong>locale, solo per prova</strong>. Non usare credenziali reali.</p>
  ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
  <h2>Identità di prova</h2>
  <ul>${rows}</ul>
  <h2>Altra identità</h2>
  <form class="other" method="post" action="/interaction/${uid}/login">
    <label for="fiscalCode">Codice fiscale</label>
    <input id="fiscalCode" name="fiscalCode" type="text" autocomplete="off" maxlength="16" required>
    ${LEVELS}
    <button type="submit" style="width:auto">Entra</button>
  </form>
  <form class="cancel" method="post" action="/interaction/${uid}/abort"><button type="submit">Annulla e torna al portale</button></form>`,
  );
}
