// Reading GPX and TCX documents: bytes to text, a well-formedness check, and fast-xml-parser's
// plain-object tree (no DOM) with namespace prefixes dropped, so elements are found by local
// name whatever prefix the writer chose. A file that stops before its root element closes (an
// interrupted download or sync) is read up to its last whole point and marked cut short instead
// of being thrown away.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FileFormatError } from './errors.js';

/** An element: attributes under `@_name`, children by local name (an array when repeated). */
export interface XmlNode {
  [key: string]: XmlValue;
}
/** A text-only element is its trimmed text, an empty element ''; see also rawElements. */
export type XmlValue = string | XmlNode | XmlValue[];

export interface XmlDocument {
  root: XmlNode;
  /** Set when the file ended before its root closed; says what was kept. */
  cutShort?: string;
}

export interface XmlFormat {
  /** For messages: 'GPX', 'TCX'. */
  name: string;
  /** Local name of the root element. */
  root: string;
  /**
   * Local names of the point elements. They are most of a file, and each holds a handful of
   * text-only children, so the parser keeps their inner XML as raw text (read with
   * forEachLeaf) instead of building objects for every child: several times faster. They are
   * also the unit of salvage for a cut-short file.
   */
  points: readonly string[];
}

const parsers = new Map<XmlFormat, XMLParser>();

function parserFor(format: XmlFormat): XMLParser {
  let parser = parsers.get(format);
  if (parser === undefined) {
    parser = new XMLParser({
      ignoreAttributes: false,
      // Numbers are converted where they are read; letting the parser guess types is slower
      // and would turn an <Id> or a <name> like "001" into a number.
      parseTagValue: false,
      removeNSPrefix: true,
      ignoreDeclaration: true,
      ignorePiTags: true,
      stopNodes: format.points.map((p) => `*.${p}`),
      // Entities are left as written: the text we read (numbers, times, sport and device
      // names) does not use them, and not expanding them shuts out entity-expansion attacks.
      processEntities: false,
      jPath: false,
    });
    parsers.set(format, parser);
  }
  return parser;
}

/**
 * UTF-8 text without a byte-order mark or leading white space (some exporters indent the XML
 * declaration, which must come first). TextDecoder drops the BOM of bytes; strings keep it.
 */
export function xmlText(input: string | Uint8Array): string {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
}

/** End of the last `</name>` or `</prefix:name>` in text, or -1. */
function endOfLastClosing(text: string, name: string): number {
  const suffix = `${name}>`;
  for (let at = text.lastIndexOf(suffix); at > 0; at = text.lastIndexOf(suffix, at - 1)) {
    if (text.startsWith('</', at - 2)) return at + suffix.length;
    if (text[at - 1] !== ':') continue;
    const open = text.lastIndexOf('<', at);
    if (text[open + 1] === '/' && /^[\w.-]+$/.test(text.slice(open + 2, at - 1))) {
      return at + suffix.length;
    }
  }
  return -1;
}

function parseTree(text: string, file: string, format: XmlFormat): Record<string, XmlValue> {
  try {
    return parserFor(format).parse(text) as Record<string, XmlValue>;
  } catch (error) {
    throw new FileFormatError(file, `not well-formed XML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

// Tags, comments, CDATA sections, and declarations or processing instructions, for finding the
// elements left open where a file was cut.
const MARKUP = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([^\s/>]+)[^>]*?(\/?)>/g;

/** Closing tags for the elements still open at the end of text, innermost first. */
function closingTags(text: string): string {
  const open: string[] = [];
  for (const [, slash, name, selfClosing] of text.matchAll(MARKUP)) {
    if (name === undefined || selfClosing === '/') continue;
    if (slash === '/') open.pop();
    else open.push(name);
  }
  return open
    .reverse()
    .map((name) => `</${name}>`)
    .join('');
}

function checkWellFormed(body: string, file: string, context: string): void {
  const verdict = XMLValidator.validate(body);
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw new FileFormatError(file, `${context}: ${msg} (line ${line}, column ${col})`);
  }
}

/**
 * Parses a document of the given format. A file cut short (no closing root tag) keeps its
 * whole points: it is cut after the last one and the open elements are closed. A
 * FileFormatError when the root element is missing, the XML is not well-formed, or a cut-short
 * file holds no whole point.
 */
export function readXml(text: string, file: string, format: XmlFormat): XmlDocument {
  const opening = new RegExp(`<(?:[\\w.-]+:)?${format.root}[\\s/>]`);
  if (!opening.test(text)) {
    throw new FileFormatError(file, `not a ${format.name} file: no <${format.root}> element`);
  }
  const rootEnd = endOfLastClosing(text, format.root);
  let body: string;
  let cutShort: string | undefined;
  if (rootEnd >= 0) {
    // Anything after the root (padding, a stray newline run) is not part of the document.
    body = text.slice(0, rootEnd);
    checkWellFormed(body, file, 'not well-formed XML');
  } else {
    const lastPointEnd = Math.max(...format.points.map((p) => endOfLastClosing(text, p)));
    if (lastPointEnd < 0) {
      throw new FileFormatError(
        file,
        `${format.name} file cut short (no </${format.root}>) before its first whole point`,
      );
    }
    body = text.slice(0, lastPointEnd);
    body += closingTags(body);
    checkWellFormed(body, file, `cut short (no </${format.root}>), and not well-formed before`);
    cutShort = `cut short: no </${format.root}>; read up to the last whole point`;
  }
  const root = parseTree(body, file, format)[format.root];
  if (root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    throw new FileFormatError(file, `not a ${format.name} file: no single <${format.root}> root`);
  }
  return cutShort === undefined ? { root } : { root, cutShort };
}

/** The child elements called `name` (none, one or many), leaving out empty and text-only ones. */
export function elements(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  const all = Array.isArray(value) ? value : [value];
  return all.filter((v): v is XmlNode => typeof v === 'object' && !Array.isArray(v));
}

/** The first child element called `name`, if it has content or attributes. */
export function element(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return elements(node, name)[0];
}

/** Text of the first child called `name` (or of an attribute when name is `@_attr`). */
export function textOf(node: XmlNode | undefined, name: string): string | undefined {
  let value = node?.[name];
  if (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value !== undefined && !Array.isArray(value)) {
    const inner = value['#text'];
    return typeof inner === 'string' && inner !== '' ? inner : undefined;
  }
  return undefined;
}

/** A finite number from the child (or attribute) called `name`; undefined when absent or not a number. */
export function numberOf(node: XmlNode | undefined, name: string): number | undefined {
  const text = textOf(node, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** A point element as the parser keeps it: its attributes and its inner XML as text. */
export interface RawElement {
  attributes: XmlNode;
  inner: string;
}

/** The child point elements called `name` (one of the format's points), in order. */
export function rawElements(node: XmlNode | undefined, name: string): RawElement[] {
  const value = node?.[name];
  if (value === undefined) return [];
  const all = Array.isArray(value) ? value : [value];
  return all.map((v) => {
    // Without attributes the parser gives the inner text alone.
    if (typeof v === 'string') return { attributes: {}, inner: v };
    if (Array.isArray(v)) return { attributes: {}, inner: '' };
    const inner = v['#text'];
    return { attributes: v, inner: typeof inner === 'string' ? inner : '' };
  });
}

const LEAF = /<(?:[\w.-]+:)?([\w.-]+)(?:\s[^>]*)?>([^<]*)<\//g;

/**
 * Calls `visit` with the local name (prefix dropped) and trimmed text of every element in raw
 * XML that holds only text, in document order, at any depth. CDATA and entities are not
 * decoded: point data is numbers and times.
 */
export function forEachLeaf(raw: string, visit: (name: string, text: string) => void): void {
  for (const [, name, text] of raw.matchAll(LEAF)) visit(name!, text!.trim());
}
