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

const booleanFlag = z.enum(["0", "1"]).default("0").transform((v) => v === "1");

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
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(120).default(15),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(8),
    DELEGATION_MAX_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
    /** Largest file a citizen may upload to the notebook, in MB (server actions accept at most 5 MB). */
    NOTEBOOK_MAX_MB: z.coerce.number().min(0.1).max(4).default(3),
    /** The region that runs this installation, as printed on prescriptions' promemoria. */
    REGION_NAME: z.string().trim().min(2).max(80).default("Regione dimostrativa"),
    DELEGATION_MAX_ACTIVE: z.coerce.number().int().min(1).max(20).default(3),
    /** The region's help line and address, shown on the help page; a page without them names the desk only. */
    HELP_PHONE: z.string().trim().min(3).max(40).optional(),
    HELP_EMAIL: z.email().optional(),
  })
  .superRefine((env, ctx) => {
    try {
      const parsed = z.array(providerSchema).min(1).safeParse(JSON.parse(env.OIDC_PROVIDERS));
      if (!parsed.success) ctx.addIssue({ code: "custom", path: ["OIDC_PROVIDERS"], message: parsed.error.message });
    } catch {
      ctx.addIssue({ code: "custom", path: ["OIDC_PROVIDERS"], message: "non è JSON valido" });
    }
    try {
      const jwks = JSON.parse(env.RP_PRIVATE_JWKS) as { keys?: unknown[] };
      if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) throw new Error();
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
