// Italian fiscal code (codice fiscale) of natural persons: shape, check character and omocodia.

const ODD_VALUES: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const MONTH_LETTERS = "ABCDEHLMPRST";
// Omocodia replaces digits, from the right, with these letters (0→L … 9→V).
const OMOCODIA_LETTERS = "LMNPQRSTUV";
const OMOCODIA_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

function evenValue(char: string): number {
  return /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = first15[i]!;
    // Positions are counted from 1, so index 0 is an "odd" position.
    sum += i % 2 === 0 ? ODD_VALUES[char]! : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

export function normalizeFiscalCode(raw: string): string {
  return raw.trim().toUpperCase().replace(/^TINIT-/, "");
}

/** Restores the digits that omocodia replaced with letters. */
export function withoutOmocodia(code: string): string {
  const chars = code.split("");
  for (const position of OMOCODIA_POSITIONS) {
    const index = OMOCODIA_LETTERS.indexOf(chars[position]!);
    if (index >= 0) chars[position] = String(index);
  }
  return chars.join("");
}

export type FiscalCodeFacts = { birthDate: Date; sex: "M" | "F"; birthPlaceCode: string };

/** Birth date, sex and place encoded in a valid code; null when the code is not valid. */
export function readFiscalCode(raw: string, today = new Date()): FiscalCodeFacts | null {
  const code = normalizeFiscalCode(raw);
  if (!SHAPE.test(code) || checkCharacter(code.slice(0, 15)) !== code[15]) return null;
  const plain = withoutOmocodia(code);
  const yearTwoDigits = Number(plain.slice(6, 8));
  const month = MONTH_LETTERS.indexOf(plain[8]!);
  const dayField = Number(plain.slice(9, 11));
  const sex = dayField > 40 ? "F" : "M";
  const day = sex === "F" ? dayField - 40 : dayField;
  // The century is not encoded: a two-digit year after this year's belongs to the previous century.
  const currentTwoDigits = today.getUTCFullYear() % 100;
  const century = yearTwoDigits > currentTwoDigits ? 1900 : 2000;
  const birthDate = new Date(Date.UTC(century + yearTwoDigits, month, day));
  if (day < 1 || birthDate.getUTCDate() !== day || birthDate.getUTCMonth() !== month) return null;
  return { birthDate, sex, birthPlaceCode: plain.slice(11, 15) };
}

export function isValidFiscalCode(raw: string): boolean {
  return readFiscalCode(raw) !== null;
}

function letters(value: string): { consonants: string; vowels: string } {
  const clean = value
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase();
  return { consonants: clean.replace(/[AEIOU]/g, ""), vowels: clean.replace(/[^AEIOU]/g, "") };
}

function surnamePart(familyName: string): string {
  const { consonants, vowels } = letters(familyName);
  return (consonants + vowels + "XXX").slice(0, 3);
}

function namePart(givenName: string): string {
  const { consonants, vowels } = letters(givenName);
  if (consonants.length >= 4) return consonants[0]! + consonants[2]! + consonants[3]!;
  return (consonants + vowels + "XXX").slice(0, 3);
}

/** Computes the code of a person (used to build demo and test identities). */
export function computeFiscalCode(person: {
  familyName: string;
  givenName: string;
  birthDate: Date;
  sex: "M" | "F";
  birthPlaceCode: string;
}): string {
  const year = String(person.birthDate.getUTCFullYear() % 100).padStart(2, "0");
  const month = MONTH_LETTERS[person.birthDate.getUTCMonth()]!;
  const day = String(person.birthDate.getUTCDate() + (person.sex === "F" ? 40 : 0)).padStart(2, "0");
  const first15 = surnamePart(person.familyName) + namePart(person.givenName) + year + month + day + person.birthPlaceCode;
  return first15 + checkCharacter(first15);
}
