import { el, searchRoute } from './dom.js';
import { get } from './api.js';
import { monthlyBars, roleTimeline } from './charts.js';
import { section, statementCard, topicChips } from './components.js';

export async function person(id) {
  const p = await get('people/' + encodeURIComponent(id));
  const latestRole = p.roles.length ? p.roles[p.roles.length - 1].role : null;
  return el('div', { class: 'person' },
    el('div', { class: 'page-head' },
      el('h1', {}, p.name),
      latestRole ? el('p', { class: 'lead' }, latestRole) : null,
      el('p', { class: 'facts' },
        fact(p.statementCount, 'statements'), fact(p.articleCount, 'articles'),
        p.firstSeen ? fact(`${p.firstSeen} – ${p.lastSeen}`, 'seen') : null,
        el('a', { class: 'button', href: searchRoute({ speaker: p.id }) }, 'All statements →'))),
    el('div', { class: 'columns' },
      section('Statements per month', monthlyBars(p.statementsPerMonth)),
      section('Also written as', p.aliases.some(alias => alias !== p.name)
        ? el('ul', { class: 'aliases' }, p.aliases.filter(alias => alias !== p.name).map(alias => el('li', {}, alias)))
        : el('p', { class: 'muted' }, 'No other spelling.'),
        el('h3', {}, 'Topics'),
        p.topics.length ? topicChips(p.topics, { speaker: p.id }) : el('p', { class: 'muted' }, 'No topic.'),
        el('h3', {}, 'Outlets'),
        el('p', { class: 'outlets' }, p.outlets.map(o => el('a', { class: 'chip', href: searchRoute({ speaker: p.id, outlet: o.label }) },
          o.label, el('span', { class: 'chip-count' }, o.count)))))),
    section('Roles over time',
      roleTimeline(p.roles),
      el('table', { class: 'table compact' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Role'), el('th', {}, 'First seen'), el('th', {}, 'Last seen'), el('th', { class: 'num' }, 'Articles'))),
        el('tbody', {}, p.roles.map(role => el('tr', {},
          el('td', {}, role.role), el('td', {}, role.firstSeen || ''), el('td', {}, role.lastSeen || ''),
          el('td', { class: 'num' }, role.articles)))))),
    section('Latest statements', p.latestStatements.map(statementCard)));
}

function fact(value, label) {
  return el('span', { class: 'fact' }, el('strong', {}, value), ' ', label);
}
