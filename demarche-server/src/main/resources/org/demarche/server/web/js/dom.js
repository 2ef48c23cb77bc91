// Building the page from data. Every piece of text goes in as a text node, never as HTML, so article content
// (which may hold "<script>" or markup) always shows as the characters it is.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element with properties (class, href, title, on* handlers, dataset) and children (nodes or text). */
export function el(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** An SVG element with attributes and children. */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children, true);
}

function fill(node, props, children, asAttributes = false) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'class') {
      node.setAttribute('class', value);
    } else if (asAttributes || key.includes('-') || !(key in node)) {
      node.setAttribute(key, String(value));
    } else {
      node[key] = value;
    }
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, text (and numbers) as text nodes, arrays flattened, null skipped. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/**
 * The nodes of a search fragment, "escaped text with <mark>matches</mark>": the marks become <mark>
 * elements and everything else is decoded into text nodes, so nothing in the fragment can become markup.
 */
export function fragmentNodes(fragment) {
  const nodes = [];
  const parts = String(fragment).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    nodes.push(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return nodes;
}

const ENTITIES = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Decodes the named entities an HTML escaper writes and every numeric one ("&#x2F;", "&#39;"). */
function decodeEntities(text) {
  return text.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g, (entity, name, dec, hex) => {
    if (name) return ENTITIES[name];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10FFFF ? String.fromCodePoint(code) : entity;
  });
}

/** An outlet's own link, only when it is a web address (never javascript: or data: links). */
export function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link inside the app: "#/person/12". */
export function route(...parts) {
  return '#/' + parts.map(part => encodeURIComponent(String(part))).join('/');
}

/** "#/search?q=..&topic=..", leaving out empty values. */
export function searchRoute(params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return '#/search' + (text ? '?' + text : '');
}
