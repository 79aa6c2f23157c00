"use client";

import { useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";
import { useT } from "./i18n-provider";

// The pdf.js worker is served by the portal itself (copied to /public at install), never from a CDN.
pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.min.mjs";

export default function PdfViewerCanvas({ url, title }: { url: string; title: string }) {
  const t = useT();
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [width, setWidth] = useState(0);
  return (
    <div
      ref={(element) => {
        if (element && width === 0) setWidth(Math.min(element.clientWidth, 900));
      }}
      className="rounded border border-line bg-white p-2"
    >
      <Document
        file={url}
        onLoadSuccess={({ numPages }) => setPages(numPages)}
        loading={<p className="p-4" role="status">{t("Caricamento del PDF in corso…")}</p>}
        error={<p className="p-4 text-danger" role="alert">{t("Non è stato possibile mostrare il PDF. Puoi scaricarlo con il pulsante qui sopra.")}</p>}
      >
        {width > 0 ? <Page pageNumber={page} width={width - 16} renderTextLayer={false} renderAnnotationLayer={false} aria-label={t("{title}, pagina {page}", { title, page })} /> : null}
      </Document>
      {pages > 1 ? (
        <nav aria-label={t("Pagine del PDF")} className="mt-2 flex items-center justify-center gap-4">
          <button type="button" className="rounded border border-line px-3 py-1 disabled:opacity-50" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t("Pagina precedente")}
          </button>
          <span aria-live="polite">
            {t("Pagina {page} di {pages}", { page, pages })}
          </span>
          <button type="button" className="rounded border border-line px-3 py-1 disabled:opacity-50" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t("Pagina successiva")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
