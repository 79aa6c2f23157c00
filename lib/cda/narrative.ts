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

export type NarrativeTableLabels = {
  /** Names the scrollable region around each table, and says it scrolls. */
  scroll: string;
  /** When given, each top-level table is folded into a closed disclosure with this summary. */
  folded?: string;
};

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Prepares sanitised narrative HTML for a page: every top-level table sits in a focusable, labelled region
 * that scrolls sideways on its own (a producer's table may have ten columns, wider than any phone), so the
 * page itself never does. With `folded`, the tables are also closed under a summary: a lab report whose
 * results the page already shows as one readable table keeps the laboratory's own table one click away.
 */
export function presentNarrativeTables(html: string, labels: NarrativeTableLabels): string {
  // The hint is for sighted readers of a phone (CSS shows it below the tablet width); the region's name says the same.
  const region = `<p class="narrative-scroll-hint" aria-hidden="true">${escapeAttribute(labels.scroll)}</p><div class="narrative-scroll" role="region" tabindex="0" aria-label="${escapeAttribute(labels.scroll)}">`;
  const open = labels.folded ? `<details class="narrative-folded"><summary>${escapeAttribute(labels.folded)}</summary>${region}` : region;
  const close = labels.folded ? "</div></details>" : "</div>";
  let depth = 0;
  return html.replace(/<(\/?)table\b[^>]*>/gi, (tag, slash: string) => {
    if (slash) {
      depth = Math.max(0, depth - 1);
      return depth === 0 ? `${tag}${close}` : tag;
    }
    depth += 1;
    return depth === 1 ? `${open}${tag}` : tag;
  });
}
