import { connection } from "next/server";

// The ceiling for a server-rendered page on this machine: dynamic, no data, no session.
export default async function MinimalPage() {
  await connection();
  return <p>Pagina minima: {new Date().toISOString()}</p>;
}
