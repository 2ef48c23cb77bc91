// Pieces shared by several views.
import { el, fragmentNodes, route, searchRoute } from './dom.js';

const DERIVATIONS = {
  stated: 'the day the article says it was said',
  dateline: "the article's dateline",
  published: "the article's publication date",
  crawled: 'the day the article was collected',
  unknown: 'no date found',
};

export function kindBadge(kind) {
  return el('span', { class: `badge kind-${kind}`, title: kindHelp(kind) }, kind);
}

function kindHelp(kind) {
  return { direct: 'in quotation marks', partial: 'a quoted fragment in the reporter\'s sentence',
    indirect: 'reported speech, no quotation marks' }[kind] || kind;
}

export function dateText(date, derivation) {
  return el('span', { class: 'date', title: derivation ? 'Date from ' + (DERIVATIONS[derivation] || derivation) : null },
    date || 'undated');
}

export function personLink(person, fallbackName) {
  if (person) return el('a', { href: route('person', person.id), class: 'person-link' }, person.name);
  return el('span', { class: 'muted' }, fallbackName || 'unattributed');
}

export function topicChips(topics, extra = {}) {
  return el('span', { class: 'chips' }, topics.map(topic => {
    const label = typeof topic === 'string' ? topic : topic.label;
    const count = typeof topic === 'string' ? null : topic.count;
    return el('a', { class: 'chip', href: searchRoute({ ...extra, topic: label }) }, label,
      count !== null ? el('span', { class: 'chip-count' }, count) : null);
  }));
}

/** A statement in a list: its words (matches marked), speaker, date, kind, topics and source count. */
export function statementCard(hit) {
  return el('article', { class: 'statement-card' },
    el('a', { class: 'statement-text', href: route('statement', hit.id) },
      el('q', {}, fragmentNodes(withoutTrailingComma(hit.fragment ?? hit.text)))),
    el('div', { class: 'statement-meta' },
      personLink(hit.speaker),
      hit.speakerRole ? el('span', { class: 'role' }, hit.speakerRole) : null,
      el('span', { class: 'sep' }, '·'),
      dateText(hit.date, hit.dateDerivation),
      kindBadge(hit.kind),
      el('a', { class: 'sources', href: route('statement', hit.id) },
        hit.sourceCount === 1 ? '1 source' : `${hit.sourceCount} sources`),
      hit.topics.length ? topicChips(hit.topics) : null));
}

/** "Previous / page n of m / Next" for a 0-based page of results. */
export function pager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (pages <= 1) return null;
  return el('nav', { class: 'pager' },
    el('button', { type: 'button', disabled: page.page === 0, onclick: () => go(page.page - 1) }, '← Previous'),
    el('span', {}, `Page ${page.page + 1} of ${page.totalExact === false ? 'about ' : ''}${pages.toLocaleString('en')}`),
    el('button', { type: 'button', disabled: page.page + 1 >= pages, onclick: () => go(page.page + 1) }, 'Next →'));
}

/** A quotation without the comma the reporter's sentence put after it ("...," she said). */
export function withoutTrailingComma(text) {
  return String(text).replace(/,(\s*(?:<\/mark>)?\s*)$/, '$1');
}

export function section(title, ...children) {
  return el('section', { class: 'panel' }, el('h2', {}, title), ...children);
}

export function errorView(error) {
  const notFound = error.status === 404;
  return el('div', { class: 'error-box' },
    el('h1', {}, notFound ? 'Not found' : 'Something went wrong'),
    el('p', {}, error.message),
    el('p', {}, el('a', { href: '#/' }, 'Back to the overview')));
}
