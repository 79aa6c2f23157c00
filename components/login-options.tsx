import { randomInt } from "node:crypto";
import type { LoginProvider } from "@/lib/auth/loaders";
import { LoginButtons } from "./login-buttons";

// As the official SPID button does, the identity providers come in a new random order on every request,
// so that none is favoured by its place in the list. Shuffled here, on the server, so the page hydrates as sent.
export function randomOrder<T>(items: readonly T[]): T[] {
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}

export function LoginOptions({ providers, callbackUrl }: { providers: LoginProvider[]; callbackUrl: string }) {
  return <LoginButtons providers={randomOrder(providers)} callbackUrl={callbackUrl} />;
}
