// Shapes the ingestion API passes between its steps.

/** A facility's application as the registry holds it, with the key its tokens must be signed with. */
export type RegisteredApplication = {
  id: string;
  name: string;
  commonName: string;
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  publicJwk: string;
  revoked: boolean;
};

/** The identifiers the gateway returns with every answer. */
export type Trace = { traceId: string; spanId: string };

/** A transaction event as the status service returns it (openapi StatusCheckDTO). */
export type StatusEvent = {
  eventType: string;
  eventDate: string;
  eventStatus: string;
  message?: string;
  identificativoDocumento?: string;
  subject?: string;
  subjectRole?: string;
  tipoAttivita?: string;
  organizzazione?: string;
  workflowInstanceId: string;
  traceId: string;
  issuer: string;
  expiringDate?: string;
};
