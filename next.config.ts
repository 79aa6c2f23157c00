import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Notebook uploads travel in a server action; NOTEBOOK_MAX_MB (at most 4) is checked inside it.
  // Facilities' uploads to the gateway API pass the proxy (which buffers the body up to this size); the
  // API itself refuses files over FSE_API_MAX_FILE_MB (at most 100) while reading them.
  experimental: { serverActions: { bodySizeLimit: "5mb" }, proxyClientMaxBodySize: "110mb" },
  // The CDA validator's engines load as they are from node_modules: a WebAssembly libxml2 and SaxonJS.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "oidc-provider", "libxml2-wasm", "saxon-js"],
  // Static assets bypass the proxy; they still get the headers that do not depend on the request.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
