import { el, searchRoute } from './dom.js';
import { get } from './api.js';
import { pager, statementCard } from './components.js';

const FILTERS = ['q', 'speaker', 'topic', 'outlet', 'from', 'to', 'kind', 'sort'];

/** Statement search: a filter form beside the results; every filter lives in the URL. */
export async function search(params) {
  const query = Object.fromEntries(FILTERS.map(name => [name, params.get(name) || '']));
  const page = Number(params.get('page') || 0);
  const [result, stats, speaker] = await Promise.all([
    get('statements', { ...query, page, pageSize: 20 }),
    get('stats'),
    query.speaker ? get('people/' + encodeURIComponent(query.speaker)).catch(() => null) : null,
  ]);
  const topics = [...new Set(stats.topicsPerMonth.map(row => row.topic))].sort();
  const go = changes => { location.hash = searchRoute({ ...query, ...changes }); };
  return el('div', { class: 'search-layout' },
    filterForm(query, topics, speaker, go),
    el('div', { class: 'results' },
      el('h1', {}, query.q ? `Statements matching “${query.q}”` : 'Statements'),
      el('p', { class: 'lead', id: 'result-count' },
        result.total === 0 ? 'No statement matches.'
          : `${result.totalExact ? '' : 'About '}${result.total.toLocaleString('en')} ${result.total === 1 ? 'statement' : 'statements'}`),
      result.items.map(statementCard),
      pager(result, p => go({ page: p }))));
}

function filterForm(query, topics, speaker, go) {
  const field = (label, control) => el('label', { class: 'field' }, el('span', {}, label), control);
  const select = (name, options) => el('select', { name },
    options.map(([value, label]) => el('option', { value, selected: value === query[name] }, label)));
  const form = el('form', { class: 'filters', id: 'filters' },
    field('Words', el('input', { type: 'search', name: 'q', value: query.q, maxlength: 300,
      placeholder: 'e.g. sanctions, "security guarantees"' })),
    speaker ? el('div', { class: 'field' }, el('span', {}, 'Speaker'),
      el('span', { class: 'chip chip-active' }, speaker.name,
        el('button', { type: 'button', class: 'chip-remove', title: 'Any speaker', onclick: () => go({ speaker: '', page: '' }) }, '×'))) : null,
    el('input', { type: 'hidden', name: 'speaker', value: query.speaker }),
    field('Topic', select('topic', [['', 'Any topic'], ...topics.map(t => [t, t])])),
    field('Outlet', el('input', { type: 'text', name: 'outlet', value: query.outlet, maxlength: 200, placeholder: 'Any outlet' })),
    el('div', { class: 'field-row' },
      field('From', el('input', { type: 'date', name: 'from', value: query.from })),
      field('To', el('input', { type: 'date', name: 'to', value: query.to }))),
    field('Kind', select('kind', [['', 'Any kind'], ['direct', 'Direct quotes'], ['partial', 'Partial quotes'], ['indirect', 'Reported speech']])),
    field('Sort by', select('sort', [['', 'Best match'], ['date', 'Newest first']])),
    el('div', { class: 'form-actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Search'),
      el('a', { href: '#/search', class: 'reset' }, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go({ ...Object.fromEntries(new FormData(form)), page: '' });
  });
  return form;
}
