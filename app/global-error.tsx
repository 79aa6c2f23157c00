"use client";

// Shown when the root layout itself failed: nothing of the request (not even its language) can be trusted,
// so it speaks the portal's first language.
export default function GlobalError() {
  return (
    <html lang="it">
      <body>
        <main>
          <h1>Si è verificato un problema</h1>
          <p>Il servizio non è momentaneamente disponibile. Riprova tra qualche minuto.</p>
        </main>
      </body>
    </html>
  );
}
