import { translator } from "./translate";

// Outputs that are Italian whatever the reader's language — the official PDFs (promemoria, certificates,
// receipts) and the staff consoles — format with the Italian translator; pages use their request's `t`.
const italian = translator("it");

export const formatDate = italian.date;
export const formatShortDate = italian.shortDate;
export const formatDateTime = italian.dateTime;
export const formatFileSize = italian.fileSize;
