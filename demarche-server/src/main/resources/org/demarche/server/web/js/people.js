import { el, route } from './dom.js';
import { get } from './api.js';
import { pager } from './components.js';

export async function people(params) {
  const q = params.get('q') || '';
  const page = Number(params.get('page') || 0);
  const result = await get('people', { q, page, pageSize: 30 });
  const go = changes => {
    const next = new URLSearchParams({ q, ...changes });
    location.hash = '#/people?' + next;
  };
  const form = el('form', { class: 'inline-search' },
    el('input', { type: 'search', name: 'q', value: q, placeholder: 'Name, in any spelling', maxlength: 300 }),
    el('button', { type: 'submit', class: 'primary' }, 'Find'));
  form.addEventListener('submit', event => { event.preventDefault(); go({ q: form.q.value, page: 0 }); });
  return el('div', {},
    el('h1', {}, 'People'), form,
    el('table', { class: 'table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Latest role'), el('th', { class: 'num' }, 'Statements'),
        el('th', {}, 'Last seen'), el('th', {}, 'Also written'))),
      el('tbody', {}, result.items.map(person => el('tr', {},
        el('td', {}, el('a', { href: route('person', person.id) }, person.name)),
        el('td', {}, person.latestRole || ''),
        el('td', { class: 'num' }, person.statementCount),
        el('td', {}, person.lastSeen || ''),
        el('td', { class: 'muted' }, person.aliases.filter(a => a !== person.name).join(', ')))))),
    result.total === 0 ? el('p', { class: 'muted' }, 'Nobody by that name.') : null,
    pager(result, p => go({ page: p })));
}
