import type { Metadata } from "next";
import { PatientLookup } from "@/components/patient-lookup";

export const metadata: Metadata = { title: "Area professionisti" };

export default function ProfessionalHome() {
  return (
    <div>
      <h1 className="text-3xl font-bold">Consulta il fascicolo di un assistito</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Vedi i documenti che l&apos;assistito ha reso consultabili con il suo consenso; mai quelli oscurati. Ogni consultazione è registrata e
        l&apos;assistito può vederla. L&apos;accesso in emergenza è possibile solo se l&apos;assistito lo ha consentito e richiede il motivo.
      </p>
      <PatientLookup />
    </div>
  );
}
