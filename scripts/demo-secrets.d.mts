// Types for the demo-mode key generator, which runs as plain Node before anything is compiled.
export type DemoOp = { id: string; kind: "spid" | "cie"; name: string; organizationName: string; issuer: string; port: number };
export function loadDemoSecrets(dataDir: string): Promise<Record<string, unknown>>;
export function demoOps(basePort: number): DemoOp[];
export function demoTrustAnchor(basePort: number): { entityId: string; port: number };
export function demoTrustMarkId(anchorEntityId: string): string;
export type DemoPortalEnv = Record<
  | "FASCICOLO_DEMO" | "NEXTAUTH_URL" | "NEXTAUTH_SECRET" | "STORAGE_KEY" | "RP_PRIVATE_JWKS" | "RP_FEDERATION_JWKS"
  | "FEDERATION_TRUST_ANCHORS" | "RP_AUTHORITY_HINTS" | "RP_TRUST_MARKS" | "RP_CLIENT_NAME" | "RP_ORGANIZATION_NAME"
  | "RP_CONTACTS" | "OIDC_PROVIDERS",
  string
>;
export function demoEnvironment(options: { dataDir: string; appUrl: string; idpBasePort: number }): Promise<{ idpConfigPath: string; env: DemoPortalEnv }>;
export const DEMO_LAB: { facilityCode: string; applicationName: string; commonName: string };
export type FacilityCredentials = { privateKeyPem: string; certificate: string };
export function facilityCredentials(commonName: string, validDays?: number): FacilityCredentials;
