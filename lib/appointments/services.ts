import { msg } from "@/lib/i18n/translate";
// The specialist services the demo calendars offer, and what a patient should know to prepare.

export const PREPARATION_NOTES: Record<string, string> = {
  "89.7A.3": msg("Porta la ricetta, la tessera sanitaria, gli esami e gli elettrocardiogrammi precedenti."),
  "89.52": msg("Nessuna preparazione. Porta la tessera sanitaria."),
  "88.76.1": msg("Digiuno da almeno 6 ore. Vescica piena: bevi un litro d'acqua un'ora prima e non urinare."),
  "95.02": msg("Dopo la visita la vista può restare offuscata per qualche ora: non guidare, fatti accompagnare."),
  "91.49.2": msg("A digiuno da almeno 8 ore (puoi bere acqua). Porta la tessera sanitaria."),
  "89.7A.7": msg("Non applicare creme sulla pelle il giorno della visita."),
};
