// Isomorphic: forms of record pages (client components) carry it, actions check it (context.ts).

/**
 * The hidden field with which a form names the person whose record its page showed. An action that
 * changes a record refuses when the record open now is someone else's (the person switched record in
 * another tab meanwhile): a change meant for a child must never land on the parent, nor the reverse.
 */
export const SHOWN_SUBJECT_FIELD = "fascicoloDi";
