// What the demo documents are made of: facilities, lab panels and the wording of each report type.

export const FACILITIES = [
  { id: "fac-osp-centrale", code: "120201", name: "Ospedale Centrale San Luca", type: "Ospedale" },
  { id: "fac-osp-nord", code: "120202", name: "Presidio Ospedaliero Nord", type: "Ospedale" },
  { id: "fac-lab-asl", code: "120301", name: "Laboratorio Analisi ASL Centro", type: "Territorio" },
  { id: "fac-poli-canova", code: "120302", name: "Poliambulatorio Via Canova", type: "Territorio" },
  { id: "fac-rad-imaging", code: "120303", name: "Centro Diagnostico per Immagini", type: "Territorio" },
  { id: "fac-vacc", code: "120401", name: "Centro Vaccinale Distretto 2", type: "Prevenzione" },
  { id: "fac-ps-centrale", code: "120204", name: "Pronto Soccorso Ospedale Centrale San Luca", type: "Ospedale" },
] as const;

export type LabTest = { loinc: string; name: string; unit: string; low: number; high: number; typical: number; spread: number; decimals: number };

export const LAB_TESTS: LabTest[] = [
  { loinc: "718-7", name: "Emoglobina", unit: "g/dL", low: 12, high: 16, typical: 14, spread: 2.2, decimals: 1 },
  { loinc: "6690-2", name: "Leucociti", unit: "10*3/uL", low: 4, high: 10, typical: 7, spread: 3, decimals: 1 },
  { loinc: "777-3", name: "Piastrine", unit: "10*3/uL", low: 150, high: 400, typical: 250, spread: 110, decimals: 0 },
  { loinc: "2345-7", name: "Glucosio", unit: "mg/dL", low: 70, high: 100, typical: 92, spread: 25, decimals: 0 },
  { loinc: "4548-4", name: "Emoglobina glicata (HbA1c)", unit: "%", low: 4, high: 6, typical: 5.6, spread: 1.2, decimals: 1 },
  { loinc: "2093-3", name: "Colesterolo totale", unit: "mg/dL", low: 0, high: 200, typical: 190, spread: 45, decimals: 0 },
  { loinc: "2085-9", name: "Colesterolo HDL", unit: "mg/dL", low: 40, high: 90, typical: 55, spread: 15, decimals: 0 },
  { loinc: "2571-8", name: "Trigliceridi", unit: "mg/dL", low: 0, high: 150, typical: 120, spread: 60, decimals: 0 },
  { loinc: "2160-0", name: "Creatinina", unit: "mg/dL", low: 0.6, high: 1.2, typical: 0.95, spread: 0.4, decimals: 2 },
  { loinc: "1742-6", name: "Alanina aminotransferasi (ALT)", unit: "U/L", low: 0, high: 45, typical: 28, spread: 20, decimals: 0 },
  { loinc: "3016-3", name: "Tireotropina (TSH)", unit: "m[IU]/L", low: 0.4, high: 4, typical: 1.8, spread: 1.6, decimals: 2 },
];

export const RADIOLOGY = [
  { title: "Radiografia del torace", finding: "Campi polmonari normoespansi e normotrasparenti. Seni costofrenici liberi. Ombra cardiaca nei limiti." },
  { title: "Ecografia dell'addome completo", finding: "Fegato di dimensioni nei limiti, ecostruttura omogenea. Colecisti alitiasica. Reni in sede, senza dilatazione delle vie escretrici." },
  { title: "TC del cranio senza contrasto", finding: "Non alterazioni densitometriche del parenchima cerebrale a carattere focale. Sistema ventricolare in asse, di normale ampiezza." },
  { title: "Radiografia del ginocchio destro", finding: "Modesta riduzione della rima articolare femoro-tibiale mediale. Non lesioni ossee focali." },
];

export const SPECIALIST_VISITS = [
  { title: "Visita cardiologica", text: "Paziente asintomatico. Toni cardiaci validi, ritmici, pause libere. ECG: ritmo sinusale, FC 68 bpm. Si consiglia controllo tra 12 mesi." },
  { title: "Visita diabetologica", text: "Compenso glicemico discreto. Si conferma la terapia in atto. Dieta ipoglucidica e attività fisica regolare. Controllo HbA1c tra 3 mesi." },
  { title: "Visita oculistica", text: "Visus 10/10 in entrambi gli occhi con correzione. Fondo oculare nei limiti. Tono oculare 15 mmHg." },
  { title: "Visita dermatologica", text: "Esame dei nevi in epiluminescenza: lesioni pigmentate regolari, nessuna con caratteristiche sospette. Controllo annuale." },
  { title: "Visita pediatrica", text: "Crescita regolare lungo il 50° percentile per peso e altezza. Sviluppo psicomotorio adeguato all'età." },
];

export const DISCHARGES = [
  { title: "Lettera di dimissione - Medicina interna", diagnosis: "Polmonite comunitaria lobare destra", course: "Ricoverato per febbre e tosse produttiva. Trattato con antibiotico endovena con progressivo miglioramento clinico e radiologico." },
  { title: "Lettera di dimissione - Ortopedia", diagnosis: "Frattura del polso sinistro", course: "Riduzione e sintesi con placca. Decorso post-operatorio regolare. Controllo ortopedico a 30 giorni." },
];

export const EMERGENCIES = [
  { title: "Verbale di pronto soccorso", triage: "Verde", reason: "Trauma distorsivo della caviglia destra", outcome: "Dimesso a domicilio con bendaggio funzionale e indicazione al riposo." },
  { title: "Verbale di pronto soccorso", triage: "Giallo", reason: "Dolore toracico", outcome: "Esclusa sindrome coronarica acuta. Dimesso con indicazione a visita cardiologica." },
];

/**
 * What a vaccine's record must respect to be plausible: `doses` is the length of its primary series (null
 * for a seasonal vaccine, one dose a season), and a dose falls only within its ages and from the date the
 * vaccine existed (no COVID-19 dose before the first Italian campaign, 27 December 2020).
 */
export type Vaccine = {
  atc: string;
  aic: string;
  name: string;
  doses: number | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  availableFrom?: string;
};

export const VACCINES: readonly Vaccine[] = [
  { atc: "J07BB02", aic: "044985018", name: "Vaccino antinfluenzale", doses: null, minAgeMonths: 6, maxAgeMonths: 1500 },
  { atc: "J07BX03", aic: "049269051", name: "Vaccino anti COVID-19", doses: 4, minAgeMonths: 60, maxAgeMonths: 1500, availableFrom: "2020-12-27" },
  { atc: "J07CA09", aic: "034960017", name: "Vaccino esavalente (DTPa-IPV-Hib-HBV)", doses: 3, minAgeMonths: 2, maxAgeMonths: 18 },
  { atc: "J07BD52", aic: "027186010", name: "Vaccino morbillo-parotite-rosolia", doses: 2, minAgeMonths: 12, maxAgeMonths: 216 },
  { atc: "J07AL02", aic: "038643017", name: "Vaccino pneumococcico coniugato", doses: 3, minAgeMonths: 2, maxAgeMonths: 24 },
];
