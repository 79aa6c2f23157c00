import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // The gate's capability is minted by the gate alone: a cast would forge one (ARCHITECTURE §4).
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TSAsExpression > TSTypeReference.typeAnnotation[typeName.name='AuthorizedSubject']", message: "Only the access gate mints an AuthorizedSubject: do not cast to it." },
        { selector: "TSTypeAssertion > TSTypeReference.typeAnnotation[typeName.name='AuthorizedSubject']", message: "Only the access gate mints an AuthorizedSubject: do not cast to it." },
      ],
    },
  },
  { ignores: [".next/**", "lib/db/generated/**", "public/**", "bench-results/**", "test-results/**", "next-env.d.ts"] },
];

export default config;
