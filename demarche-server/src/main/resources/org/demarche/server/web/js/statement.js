import { el, route, safeUrl, searchRoute } from './dom.js';
import { get } from './api.js';
import { dateText, kindBadge, personLink, section, topicChips, withoutTrailingComma } from './components.js';

export async function statement(id) {
  const s = await get('statements/' + encodeURIComponent(id));
  const outlets = new Set(s.sources.map(source => source.outlet).filter(Boolean));
  return el('div', { class: 'statement' },
    el('h1', { class: 'eyebrow' }, 'Statement'),
    el('blockquote', { class: 'big-quote' }, withoutTrailingComma(s.text)),
    el('p', { class: 'attribution' },
      personLink(s.speaker, s.sources.find(src => src.speakerName)?.speakerName),
      s.speakerRole ? el('span', { class: 'role' }, s.speakerRole) : null,
      el('span', { class: 'sep' }, '·'), dateText(s.date, s.dateDerivation), kindBadge(s.kind)),
    s.topics.length ? el('p', {}, topicChips(s.topics)) : null,
    section(`Reported by ${s.sources.length} ${s.sources.length === 1 ? 'source' : 'sources'} in ${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}`,
      el('table', { class: 'table sources-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Outlet'), el('th', {}, 'Date'), el('th', {}, 'Article'), el('th', {}, 'As written'), el('th', {}, 'Cue'))),
        el('tbody', {}, s.sources.map(source => el('tr', {},
          el('td', {}, source.outlet ? el('a', { href: searchRoute({ outlet: source.outlet }) }, source.outlet) : el('span', { class: 'muted' }, 'unknown')),
          el('td', { class: 'nowrap' }, dateText(source.date, source.dateDerivation)),
          el('td', {},
            el('a', { href: route('article', source.articleId) }, source.title || source.articleId),
            safeUrl(source.url) ? el('a', { class: 'external', href: safeUrl(source.url), target: '_blank', rel: 'noopener noreferrer', title: 'The original page' }, '↗') : null),
          el('td', { class: 'as-written' }, source.text, source.speakerName ? el('div', { class: 'muted' }, '— ', source.speakerName, source.speakerRole ? ', ' + source.speakerRole : '') : null),
          el('td', { class: 'muted' }, source.cue || '', el('div', { class: 'confidence' }, confidence(source.confidence)))))))),
    linked('Reports these direct quotes', s.reports),
    linked('Reported indirectly as', s.reportedBy));
}

function linked(title, refs) {
  if (!refs.length) return null;
  return section(title, el('ul', { class: 'linked' }, refs.map(ref =>
    el('li', {}, kindBadge(ref.kind), ' ', el('a', { href: route('statement', ref.id) }, ref.text)))));
}

export function confidence(value) {
  return `confidence ${Math.round(value * 100)}%`;
}
