import { env } from "@/lib/env";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { msg } from "@/lib/i18n/translate";
import { addEntry } from "@/lib/notebook/actions";

// The notebook form sends a note with a file here when the browser runs scripts, to show the upload's
// progress (a server action cannot report it); the note goes through the same action as without them.

/** Room for the form's other fields and the multipart framing around the largest accepted file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const answer = (state: FormState, status = 200) => Response.json(state, { status, headers: { "Cache-Control": "private, no-store" } });

export async function POST(request: Request) {
  if (!isSameOriginRequest(request, env().NEXTAUTH_URL)) return answer({ status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") }, 403);
  // A body past the limit is refused before it is read, as the browser check would have.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > env().NOTEBOOK_MAX_MB * 1024 * 1024 + FORM_OVERHEAD_BYTES) {
    return answer({ status: "error", message: msg("Controlla i dati inseriti."), fieldErrors: { file: msg("Il file è troppo grande.") } }, 413);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return answer({ status: "error", message: msg("Dati non validi.") }, 400);
  }
  return answer(await addEntry(IDLE, form));
}
