import { el, route, searchRoute } from './dom.js';
import { get } from './api.js';
import { topicLines } from './charts.js';
import { section, statementCard } from './components.js';

export async function overview() {
  const [stats, latest] = await Promise.all([get('stats'), get('statements', { sort: 'date', pageSize: 6 })]);
  const quoted = stats.mostQuoted.filter(person => person.statements > 0);
  const max = Math.max(1, ...quoted.map(p => p.statements));
  return el('div', { class: 'overview' },
    el('h1', {}, 'Overview'),
    el('p', { class: 'lead' }, stats.firstDate
      ? `Statements from ${stats.firstDate} to ${stats.lastDate}.` : 'The knowledge base is empty: ingest some articles.'),
    el('div', { class: 'counts' },
      count(stats.articles, 'articles'), count(stats.statements, 'statements'), count(stats.sources, 'sources'),
      count(stats.people, 'people'), count(stats.outlets, 'outlets')),
    el('div', { class: 'columns' },
      section('Most quoted',
        el('ol', { class: 'ranking' }, quoted.slice(0, 12).map(person =>
          el('li', {},
            el('a', { class: 'rank-name', href: route('person', person.id) }, person.name),
            el('span', { class: 'rank-bar' }, el('span', { class: 'rank-fill', dataset: { share: share(person.statements, max) } })),
            el('a', { class: 'rank-count', href: searchRoute({ speaker: person.id }), title: 'Their statements' },
              person.statements))))),
      section('Topics over time', topicLines(stats.topicsPerMonth))),
    section('Latest statements', latest.items.map(statementCard),
      el('p', {}, el('a', { href: searchRoute({ sort: 'date' }) }, 'All statements →'))));
}

function count(value, label) {
  return el('div', { class: 'count' }, el('strong', {}, value.toLocaleString('en')), el('span', {}, label));
}

/** Bar length in twentieths, drawn by CSS (no inline styles: the page's content policy forbids them). */
function share(value, max) {
  return String(Math.max(1, Math.round(20 * value / max)));
}
