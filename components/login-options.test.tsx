import { describe, expect, it } from "vitest";
import { randomOrder } from "./login-options";

describe("SPID providers on the login page", () => {
  it("come in a random order on each request, every provider kept once", () => {
    const providers = ["Aruba", "InfoCert", "Poste", "Sielte", "TIM"];
    const firsts = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const order = randomOrder(providers);
      expect([...order].sort()).toEqual(providers);
      firsts.add(order[0]!);
    }
    // No provider is favoured by a fixed first place.
    expect(firsts).toEqual(new Set(providers));
    expect(providers).toEqual(["Aruba", "InfoCert", "Poste", "Sielte", "TIM"]);
  });
});
