import sanitizeHtml from "sanitize-html";
import { children, NODE_TYPES, type XmlElement } from "./dom";

// Renders a CDA NarrativeBlock (section/text) as HTML built from an allow-list: every element is mapped
// to a known tag, every text escaped, no attribute copied except table spans. sanitize-html then checks
// the result once more, so producer markup can never inject script, style or links.

const SAME_NAME = new Set(["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "sub", "sup", "br", "colgroup", "col"]);
const STYLE_CLASSES: Record<string, string> = { Bold: "bold", Italics: "italics", Underline: "underline", Emphasis: "italics" };

function escapeText(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function styleClass(element: XmlElement): string {
  const classes = (element.getAttribute("styleCode") ?? "")
    .split(/\s+/)
    .map((code) => STYLE_CLASSES[code])
    .filter(Boolean);
  return classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
}

function spanAttributes(element: XmlElement): string {
  let result = "";
  for (const name of ["colspan", "rowspan"]) {
    const value = element.getAttribute(name) ?? "";
    if (/^\d{1,3}$/.test(value)) result += ` ${name}="${value}"`;
  }
  return result;
}

function renderChildren(element: XmlElement, depth: number): string {
  let html = "";
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === NODE_TYPES.TEXT_NODE || node.nodeType === NODE_TYPES.CDATA_NODE) html += escapeText(node.nodeValue ?? "");
    else if (node.nodeType === NODE_TYPES.ELEMENT_NODE) html += renderElement(node as XmlElement, depth + 1);
  }
  return html;
}

function renderElement(element: XmlElement, depth: number): string {
  if (depth > 100) return "";
  const name = element.localName ?? "";
  const inner = () => renderChildren(element, depth);
  if (name === "br" || name === "col") return `<${name}>`;
  if (SAME_NAME.has(name)) return `<${name}${spanAttributes(element)}${styleClass(element)}>${inner()}</${name}>`;
  switch (name) {
    case "paragraph":
      return `<p${styleClass(element)}>${inner()}</p>`;
    case "list":
      return element.getAttribute("listType") === "ordered" ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case "item":
      return `<li>${inner()}</li>`;
    case "content":
    case "linkHtml": // links are shown as text: a clinical document must not lead the reader elsewhere
      return `<span${styleClass(element)}>${inner()}</span>`;
    case "footnote":
      return `<small>${inner()}</small>`;
    case "footnoteRef":
      return "";
    case "renderMultiMedia":
      return "<span>[immagine non disponibile]</span>";
    default:
      return inner();
  }
}

export function renderNarrative(textElement: XmlElement | null): string {
  if (!textElement) return "";
  const raw = children(textElement).length === 0 && !textElement.firstChild ? "" : renderChildren(textElement, 0);
  return sanitizeHtml(raw, {
    allowedTags: ["p", "ul", "ol", "li", "span", "small", "br", "sub", "sup", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col"],
    allowedAttributes: { "*": ["class"], td: ["colspan", "rowspan", "class"], th: ["colspan", "rowspan", "class"] },
    allowedClasses: { "*": ["bold", "italics", "underline"] },
    allowedSchemes: [],
  }).trim();
}
