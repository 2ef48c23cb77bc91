// The single-page app: a hash router that renders one view at a time into <main>.
import { clear } from './dom.js';
import { errorView } from './components.js';
import { overview } from './overview.js';
import { search } from './search.js';
import { people } from './people.js';
import { person } from './person.js';
import { statement } from './statement.js';
import { article } from './article.js';

const main = document.getElementById('main');

const ROUTES = [
  [/^$/, () => overview(), 'overview'],
  [/^search$/, (m, params) => search(params), 'search'],
  [/^people$/, (m, params) => people(params), 'people'],
  [/^person\/([^/]+)$/, m => person(decodeURIComponent(m[1])), 'people'],
  [/^statement\/([^/]+)$/, m => statement(decodeURIComponent(m[1])), 'search'],
  [/^article\/(.+)$/, m => article(decodeURIComponent(m[1])), 'search'],
];

let rendering = 0;

async function render() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  const match = ROUTES.map(([pattern, view, nav]) => [path.match(pattern), view, nav]).find(([m]) => m);
  const ticket = ++rendering;
  document.querySelectorAll('[data-nav]').forEach(link =>
    link.classList.toggle('active', Boolean(match) && link.dataset.nav === match[2]));
  main.setAttribute('aria-busy', 'true');
  let content;
  try {
    content = match ? await match[1](match[0], params) : errorView({ status: 404, message: 'No such page.' });
  } catch (error) {
    content = errorView(error);
  }
  if (ticket !== rendering) return; // a later navigation won
  clear(main).append(content);
  main.setAttribute('aria-busy', 'false');
  document.title = (main.querySelector('h1')?.textContent || 'Demarche') + ' · Demarche';
  window.scrollTo(0, 0);
}

document.getElementById('quicksearch').addEventListener('submit', event => {
  event.preventDefault();
  const q = event.target.q.value.trim();
  location.hash = '#/search' + (q ? '?' + new URLSearchParams({ q }) : '');
});

window.addEventListener('hashchange', render);
render();
