import { DOMParser, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import { CdaError, MAX_CDA_BYTES } from "./errors";
import { msg } from "@/lib/i18n/translate";

// Safe, namespace-tolerant access to a CDA DOM. Producers mix prefixes and namespaces freely, so
// elements are matched by local name.

export type { XmlElement, XmlNode };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Parses CDA bytes or text, refusing DTDs (entity bombs, external entities) and oversized input. */
export function parseXml(input: Uint8Array | string): XmlElement {
  const size = typeof input === "string" ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_CDA_BYTES) throw new CdaError("TOO_LARGE", `Il documento supera il limite di ${MAX_CDA_BYTES / 1024 / 1024} MB.`);
  const text = (typeof input === "string" ? input : Buffer.from(input).toString("utf8")).replace(/^\uFEFF/, "");
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new CdaError("UNSAFE_XML", msg("Il documento contiene una dichiarazione DTD, non ammessa in un CDA2."));
  }
  if (!text.trimStart().startsWith("<")) throw new CdaError("NOT_XML", msg("Il file non è un documento XML."));
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(String(message));
    },
  });
  let documentElement: XmlElement | null = null;
  try {
    documentElement = parser.parseFromString(text, "text/xml").documentElement as XmlElement | null;
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0 || !documentElement) {
    throw new CdaError("NOT_XML", msg("Il documento XML non è ben formato (forse è troncato o danneggiato)."));
  }
  return documentElement;
}

export function children(element: XmlElement | null | undefined, localName?: string): XmlElement[] {
  if (!element) return [];
  const result: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (!localName || (node as XmlElement).localName === localName)) result.push(node as XmlElement);
  }
  return result;
}

export function child(element: XmlElement | null | undefined, localName: string): XmlElement | null {
  return children(element, localName)[0] ?? null;
}

/** Follows a path of local names through first children: path(doc, "recordTarget", "patientRole"). */
export function path(element: XmlElement | null | undefined, ...names: string[]): XmlElement | null {
  let current: XmlElement | null = element ?? null;
  for (const name of names) current = child(current, name);
  return current;
}

/** Matching elements below `element`, in document order. Depth is bounded: no producer nests 200 deep. */
export function descendants(element: XmlElement | null | undefined, localName: string, depth = 0): XmlElement[] {
  if (!element || depth > 200) return [];
  const found: XmlElement[] = [];
  for (const kid of children(element)) {
    if (kid.localName === localName) found.push(kid);
    found.push(...descendants(kid, localName, depth + 1));
  }
  return found;
}

export function attr(element: XmlElement | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name);
  return value === undefined || value === null || value === "" ? null : value;
}

export function text(element: XmlElement | null | undefined): string {
  if (!element) return "";
  let result = "";
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) result += node.nodeValue ?? "";
    else if (node.nodeType === ELEMENT_NODE) result += text(node as XmlElement);
  }
  return result.replace(/\s+/g, " ").trim();
}

export const NODE_TYPES = { ELEMENT_NODE, TEXT_NODE, CDATA_NODE };
