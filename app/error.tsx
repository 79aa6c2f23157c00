"use client";

import { ErrorContent } from "@/components/error-content";

// A generic message only: no stack trace or detail ever reaches the browser. This boundary sits in the
// root layout, which draws no <main>, so it draws one. An error in a page of an area is caught by that
// area's own error.tsx, inside the area's layout and its <main>: only the content there.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
      <ErrorContent reset={reset} />
    </main>
  );
}
