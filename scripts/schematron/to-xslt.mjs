// Turns an ISO Schematron schema (queryBinding xslt2) into an XSLT 3.0 stylesheet that returns, as JSON, the
// failed asserts and fired reports of a document. It covers what the FSE schematrons use: <ns>, patterns,
// rules with a context, <let> at schema, pattern and rule level (with a value, or with an XSLT body),
// <assert>/<report> whose message holds text, <name/> and <value-of/>. Anything else is refused by name
// rather than silently ignored, so a new catalogue release that needs more cannot pass unchecked.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

const ISO = "http://purl.oclc.org/dsdl/schematron";
const XSL = "http://www.w3.org/1999/XSL/Transform";
const UNSUPPORTED = new Set(["phase", "include", "extends", "diagnostics", "diagnostic", "properties", "param"]);
const IGNORED = new Set(["title", "p", "ns"]);

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function elements(node) {
  const found = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) found.push(child);
  return found;
}

function isoChildren(node) {
  return elements(node).filter((child) => child.namespaceURI === ISO);
}

function required(element, attribute) {
  const value = element.getAttribute(attribute);
  if (!value) throw new Error(`<${element.localName}> senza l'attributo ${attribute}`);
  return value;
}

function refuseUnsupported(element) {
  if (UNSUPPORTED.has(element.localName)) throw new Error(`elemento Schematron non gestito: <${element.localName}>`);
  if (element.getAttribute("abstract") === "true") throw new Error(`<${element.localName} abstract="true"> non gestito`);
  if (element.hasAttribute("is-a")) throw new Error("pattern con is-a non gestito");
}

function letDeclaration(element, serializer) {
  const name = required(element, "name");
  if (element.hasAttribute("value")) return `<xsl:variable name="${escapeXml(name)}" select="${escapeXml(element.getAttribute("value"))}"/>`;
  // A let without @value carries an XSLT sequence constructor: copied as written, in the xsl namespace.
  const body = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && child.namespaceURI !== XSL) throw new Error(`<let name="${name}"> contiene <${child.nodeName}>`);
    if (child.nodeType === 1) body.push(serializer.serializeToString(child));
  }
  return `<xsl:variable name="${escapeXml(name)}">${body.join("")}</xsl:variable>`;
}

function messageParts(element) {
  const parts = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) parts.push(`<xsl:text>${escapeXml(child.nodeValue)}</xsl:text>`);
    else if (child.nodeType === 1 && child.namespaceURI === ISO && child.localName === "name") {
      parts.push(`<xsl:value-of select="name(${escapeXml(child.getAttribute("path") || ".")})"/>`);
    } else if (child.nodeType === 1 && child.namespaceURI === ISO && child.localName === "value-of") {
      parts.push(`<xsl:value-of select="${escapeXml(required(child, "select"))}"/>`);
    } else if (child.nodeType === 1) {
      parts.push(`<xsl:text>${escapeXml(child.textContent ?? "")}</xsl:text>`);
    }
  }
  return parts.join("");
}

function check(element) {
  const test = required(element, "test");
  const kind = element.localName;
  const condition = kind === "assert" ? `not(${test})` : test;
  return (
    `<xsl:if test="${escapeXml(condition)}"><xsl:variable name="fsv:message" as="xs:string"><xsl:value-of>${messageParts(element)}</xsl:value-of></xsl:variable>` +
    `<xsl:sequence select="map{'kind':'${kind}','location':path(.),'message':$fsv:message}"/></xsl:if>`
  );
}

function rule(element, mode, priority, serializer) {
  refuseUnsupported(element);
  const context = required(element, "context");
  const lets = [];
  const checks = [];
  for (const child of isoChildren(element)) {
    refuseUnsupported(child);
    if (child.localName === "let") lets.push(letDeclaration(child, serializer));
    else if (child.localName === "assert" || child.localName === "report") checks.push(check(child));
    else if (!IGNORED.has(child.localName)) throw new Error(`<${child.localName}> dentro <rule> non gestito`);
  }
  // ISO Schematron evaluates a rule's variables before its assertions, in document order.
  return (
    `<xsl:template match="${escapeXml(context)}" mode="${mode}" priority="${priority}">${lets.join("")}${checks.join("")}` +
    `<xsl:apply-templates select="*" mode="${mode}"/></xsl:template>`
  );
}

/** The XSLT 3.0 text for a schematron document's text. */
export function schematronToXslt(schematronText) {
  const errors = [];
  const document = new DOMParser({ onError: (level, message) => level !== "warning" && errors.push(message) }).parseFromString(schematronText, "text/xml");
  const schema = document.documentElement;
  if (errors.length > 0 || !schema || schema.namespaceURI !== ISO || schema.localName !== "schema") {
    throw new Error(`non è uno schema ISO Schematron${errors.length ? `: ${errors[0]}` : ""}`);
  }
  const binding = schema.getAttribute("queryBinding") || "xslt";
  if (!/^xslt[23]?$/.test(binding)) throw new Error(`queryBinding ${binding} non gestito`);
  const serializer = new XMLSerializer();
  const namespaces = new Map([["xs", "http://www.w3.org/2001/XMLSchema"]]);
  for (const attribute of Array.from(schema.attributes)) {
    if (attribute.prefix === "xmlns" && attribute.localName !== "xsl") namespaces.set(attribute.localName, attribute.value);
  }
  const globals = [];
  const templates = [];
  const modes = [];
  for (const child of isoChildren(schema)) {
    refuseUnsupported(child);
    if (child.localName === "ns") namespaces.set(required(child, "prefix"), required(child, "uri"));
    else if (child.localName === "let") globals.push(letDeclaration(child, serializer));
    else if (child.localName === "pattern") {
      const mode = `fsv:pattern-${modes.length + 1}`;
      modes.push(mode);
      const rules = isoChildren(child);
      rules.forEach((item, index) => {
        refuseUnsupported(item);
        // Pattern variables are global in the reference implementation: evaluated once, on the document.
        if (item.localName === "let") globals.push(letDeclaration(item, serializer));
        // Within a pattern only the first rule whose context matches a node fires: earlier rules win.
        else if (item.localName === "rule") templates.push(rule(item, mode, rules.length - index, serializer));
        else if (!IGNORED.has(item.localName)) throw new Error(`<${item.localName}> dentro <pattern> non gestito`);
      });
      templates.push(`<xsl:template match="document-node()|*" mode="${mode}" priority="-1"><xsl:apply-templates select="*" mode="${mode}"/></xsl:template>`);
    } else if (!IGNORED.has(child.localName)) throw new Error(`<${child.localName}> non gestito`);
  }
  namespaces.delete("fsv");
  const declarations = [...namespaces].map(([prefix, uri]) => ` xmlns:${prefix}="${escapeXml(uri)}"`).join("");
  const run = modes.map((mode) => `<xsl:apply-templates select="." mode="${mode}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xsl:stylesheet version="3.0" xmlns:xsl="${XSL}" xmlns:fsv="urn:x-fascicolo:schematron"${declarations} exclude-result-prefixes="#all">\n` +
    `<xsl:output method="json"/>\n${globals.join("\n")}\n` +
    `<xsl:template match="/"><xsl:variable name="fsv:results" as="map(*)*">${run}</xsl:variable><xsl:sequence select="array{$fsv:results}"/></xsl:template>\n` +
    `${templates.join("\n")}\n</xsl:stylesheet>\n`
  );
}
