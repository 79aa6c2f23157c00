// oidc-provider ships its in-memory adapter without typings; the local OPs keep it for everything but clients.
declare module "oidc-provider/lib/adapters/memory_adapter.js" {
  import type { Adapter } from "oidc-provider";
  const MemoryAdapter: new (name: string) => Adapter;
  export default MemoryAdapter;
}
