import type { Metadata } from "next";

export const metadata: Metadata = { title: "Dichiarazione di accessibilità" };

export default function AccessibilityPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Dichiarazione di accessibilità</h1>
      <p className="mt-4">
        Il portale del Fascicolo Sanitario Elettronico è progettato per essere conforme ai requisiti WCAG 2.1 di livello AA: ogni funzione si usa con
        la sola tastiera, ogni campo ha un&apos;etichetta e gli errori sono descritti a parole e collegati al campo.
      </p>
      <p className="mt-4">
        Ogni pagina è verificata automaticamente a ogni modifica del software. Il visualizzatore PDF mostra un&apos;immagine della pagina: lo stesso
        contenuto è sempre disponibile come testo nella sezione &laquo;Contenuto&raquo; del documento.
      </p>
      <p className="mt-4">Se incontri un ostacolo, segnalalo al servizio di assistenza della tua Regione indicando la pagina e il problema.</p>
    </div>
  );
}
