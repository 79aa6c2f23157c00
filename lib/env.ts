import { z } from "zod";

// The only reader of process.env. Every setting is validated once; a wrong or missing one stops the
// start-up with a message that names it and says what is expected.

const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "id: solo lettere minuscole, cifre e trattini"),
  kind: z.enum(["spid", "cie"]),
  name: z.string().min(1),
  issuer: z.url(),
});

const MISSING = "obbligatoria e non impostata";

/** A setting holding JSON: parsed once here, so a typo stops the start-up with the setting's name. */
function jsonSetting<T extends z.ZodType>(schema: T, what: string) {
  return z.string({ error: MISSING }).transform((text, ctx): z.infer<T> => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: "custom", message: `non è JSON valido (${what})` });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: `${what}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}` });
      return z.NEVER;
    }
    return parsed.data;
  });
}

const jwkSchema = z.looseObject({ kty: z.string(), kid: z.string().min(1, "ogni chiave ha un kid") });
const jwksSchema = z.object({ keys: z.array(jwkSchema).min(1) });

const booleanFlag = z.enum(["0", "1"]).default("0").transform((v) => v === "1");

// The access log's signed checkpoints (decision 0014). The private key signs them in the portal; the
// verifier needs only the public key, which an auditor keeps away from the database.
const jwkJson = z.string().refine((v) => {
  try {
    return typeof (JSON.parse(v) as { kty?: unknown }).kty === "string";
  } catch {
    return false;
  }
}, "non è una JSON Web Key");
const checkpointShape = {
  AUDIT_CHECKPOINT_KEY: jwkJson.optional(),
  AUDIT_CHECKPOINT_PUBLIC_KEY: jwkJson.optional(),
  AUDIT_CHECKPOINT_DIR: z.string().optional(),
  AUDIT_CHECKPOINT_HOURS: z.coerce.number().min(0.01).max(168).default(24),
};
const checkpointSchema = z.object({ DATA_DIR: z.string().default("./data"), FASCICOLO_DEMO: booleanFlag, ...checkpointShape });
export type CheckpointSettings = z.infer<typeof checkpointSchema>;

// How long the SPID/CIE protocol log is kept (decision 0018): the rules ask for at least 24 months, and
// the database refuses to delete younger rows whatever this says.
const protocolLogShape = {
  PROTOCOL_LOG_RETENTION_MONTHS: z.coerce.number().int("un numero intero di mesi").min(24, "almeno 24 mesi (regole SPID/CIE)").max(240).default(24),
};
const protocolLogSchema = z.object(protocolLogShape);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    FASCICOLO_DEMO: booleanFlag,
    DATABASE_URL: z
      .string()
      .default("file:./data/fascicolo.db")
      .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), {
        message: "deve iniziare con file: (SQLite) oppure postgresql:// (PostgreSQL)",
      }),
    DATA_DIR: z.string().default("./data"),
    NEXTAUTH_URL: z.url().default("http://localhost:3000"),
    NEXTAUTH_SECRET: z.string({ error: MISSING }).min(32, "almeno 32 caratteri casuali"),
    STORAGE_KEY: z.string({ error: MISSING }).regex(/^[0-9a-f]{64}$/i, "32 byte in esadecimale (64 caratteri)"),
    RP_CLIENT_ID: z.url().optional(),
    RP_PRIVATE_JWKS: z.string({ error: MISSING }).min(2, "JSON Web Key Set privato del relying party"),
    OIDC_PROVIDERS: z.string({ error: MISSING }).min(2, "elenco JSON dei provider SPID/CIE"),
    /** The federation key signs the portal's entity configuration; separate from the OIDC keys (decision 0013). */
    RP_FEDERATION_JWKS: jsonSetting(jwksSchema, "JWKS privato della chiave di federazione"),
    FEDERATION_TRUST_ANCHORS: jsonSetting(z.array(z.object({ entityId: z.url(), jwks: jwksSchema })).min(1), "elenco dei trust anchor con le loro chiavi pubbliche"),
    RP_AUTHORITY_HINTS: jsonSetting(z.array(z.url()).min(1), "elenco degli URL dei superiori nella federazione"),
    RP_TRUST_MARKS: jsonSetting(z.array(z.object({ id: z.string().min(1), trust_mark: z.string().min(10) })), "trust mark del portale").default([]),
    RP_CLIENT_NAME: z.string().trim().min(2).max(120).default("Fascicolo Sanitario Elettronico"),
    RP_ORGANIZATION_NAME: z.string({ error: MISSING }).trim().min(2).max(200),
    RP_CONTACTS: jsonSetting(z.array(z.email()).min(1), "indirizzi e-mail di contatto"),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(8),
    DELEGATION_MAX_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
    /** Largest file a citizen may upload to the notebook, in MB (server actions accept at most 5 MB). */
    NOTEBOOK_MAX_MB: z.coerce.number().min(0.1).max(4).default(3),
    /** The region that runs this installation, as printed on prescriptions' promemoria. */
    REGION_NAME: z.string().trim().min(2).max(80).default("Regione dimostrativa"),
    DELEGATION_MAX_ACTIVE: z.coerce.number().int().min(1).max(20).default(3),
    /** Regional monitoring: a count below this is shown as "< N" on pages and in files (small cells identify people). */
    MONITORING_MIN_COUNT: z.coerce.number().int().min(2).max(1000).default(10),
    ...checkpointShape,
    ...protocolLogShape,
    /** The region's help line and address, shown on the help page; a page without them names the desk only. */
    HELP_PHONE: z.string().trim().min(3).max(40).optional(),
    HELP_EMAIL: z.email().optional(),
    /** Where the gateway API answers (decision 0017); the tokens' aud must be NEXTAUTH_URL followed by this path. */
    FSE_API_BASE_PATH: z
      .string()
      .regex(/^(\/[A-Za-z0-9._-]+)+$/, "un percorso come /api/fse/v1, senza barra finale")
      .default("/api/fse/v1"),
    /** The gateway's subject_organization_id of this region (guide §15.3.7, e.g. 120 for Lazio). */
    FSE_ORGANIZATION_ID: z.string().regex(/^[0-9A-Z]{3,6}$/, "il codice dell'organizzazione, per esempio 120").default("120"),
    /** Largest document a facility may publish, in MB. */
    FSE_API_MAX_FILE_MB: z.coerce.number().min(1).max(100).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.FASCICOLO_DEMO && !env.AUDIT_CHECKPOINT_KEY) {
      ctx.addIssue({ code: "custom", path: ["AUDIT_CHECKPOINT_KEY"], message: `${MISSING}: chiave privata (JWK, EC P-256) che firma i checkpoint del registro degli accessi` });
    }
    try {
      const parsed = z.array(providerSchema).min(1).safeParse(JSON.parse(env.OIDC_PROVIDERS));
      if (!parsed.success) ctx.addIssue({ code: "custom", path: ["OIDC_PROVIDERS"], message: parsed.error.message });
    } catch {
      ctx.addIssue({ code: "custom", path: ["OIDC_PROVIDERS"], message: "non è JSON valido" });
    }
    try {
      const jwks = JSON.parse(env.RP_PRIVATE_JWKS) as { keys?: { use?: string; kid?: string }[] };
      if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error();
      // SPID/CIE: one key to sign (request objects, client assertions) and one to decrypt userinfo.
      for (const use of ["sig", "enc"]) {
        if (!jwks.keys.some((key) => key.use === use && key.kid)) {
          ctx.addIssue({ code: "custom", path: ["RP_PRIVATE_JWKS"], message: `manca una chiave con use "${use}" e un kid` });
        }
      }
    } catch {
      ctx.addIssue({ code: "custom", path: ["RP_PRIVATE_JWKS"], message: "non è un JWKS valido ({ keys: [...] })" });
    }
  });

export type OidcProviderConfig = z.infer<typeof providerSchema>;
export type Env = z.infer<typeof envSchema> & { providers: OidcProviderConfig[] };

/** Only the database's address, for maintenance commands (the log verifier) that need nothing else. */
export function databaseUrlOf(source: Record<string, string | undefined>): string {
  return envSchema.shape.DATABASE_URL.parse(source.DATABASE_URL);
}

/** Only the checkpoint settings, for the log verifier that runs with nothing else configured. */
export function checkpointSettingsOf(source: Record<string, string | undefined>): CheckpointSettings {
  return checkpointSchema.parse(source);
}

/** Only the protocol log's retention, for the purge command that runs with nothing else configured. */
export function protocolLogSettingsOf(source: Record<string, string | undefined>): z.infer<typeof protocolLogSchema> {
  return protocolLogSchema.parse(source);
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(ambiente)"}: ${issue.message}`);
    throw new Error(`Configurazione non valida:\n${lines.join("\n")}\nVedi README.md, sezione "In produzione".`);
  }
  const env = result.data;
  return { ...env, providers: JSON.parse(env.OIDC_PROVIDERS) as OidcProviderConfig[] };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
