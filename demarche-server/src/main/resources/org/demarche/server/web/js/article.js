import { el, route, safeUrl, searchRoute } from './dom.js';
import { get } from './api.js';
import { kindBadge, section, withoutTrailingComma } from './components.js';
import { confidence } from './statement.js';

/** An article's text with every statement highlighted, labelled with its speaker; cue and confidence on hover. */
export async function article(id) {
  const a = await get('articles/' + encodeURIComponent(id));
  const url = safeUrl(a.url);
  return el('div', { class: 'article' },
    el('div', { class: 'page-head' },
      el('h1', {}, a.title || a.id),
      el('p', { class: 'facts' },
        a.outlet ? el('a', { class: 'fact', href: searchRoute({ outlet: a.outlet }) }, a.outlet) : null,
        a.published ? el('span', { class: 'fact' }, a.published) : null,
        a.dateline ? el('span', { class: 'fact', title: 'Dateline' }, a.dateline) : null,
        url ? el('a', { class: 'fact external', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗') : null)),
    el('div', { class: 'article-layout' },
      el('div', { class: 'article-text', id: 'article-text' }, highlighted(a.text, a.quotes)),
      section(`${a.quotes.length} ${a.quotes.length === 1 ? 'statement' : 'statements'}`,
        el('ol', { class: 'quote-index' }, a.quotes.map(q => el('li', {},
          kindBadge(q.kind), ' ',
          q.speaker ? el('a', { href: route('person', q.speaker.id) }, q.speaker.name) : el('span', { class: 'muted' }, q.speakerName || 'unattributed'),
          ': ', el('a', { href: route('statement', q.statementId) }, excerpt(withoutTrailingComma(a.text.slice(q.start, q.end))))))))));
}

/**
 * The text cut at every quote and cue boundary; each piece is a text node, inside a <mark> for a quote (with a
 * speaker label where the quote starts) and a <span class="cue"> for a cue. Overlapping quotes keep the earlier.
 */
function highlighted(text, quotes) {
  const spans = [];
  let lastEnd = 0;
  for (const q of [...quotes].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (q.start < lastEnd || q.end <= q.start || q.end > text.length) continue;
    spans.push(q);
    lastEnd = q.end;
  }
  const cues = quotes.filter(q => q.cueStart >= 0 && q.cueEnd > q.cueStart && q.cueEnd <= text.length);
  const cuts = new Set([0, text.length]);
  for (const q of spans) { cuts.add(q.start); cuts.add(q.end); }
  for (const q of cues) { cuts.add(q.cueStart); cuts.add(q.cueEnd); }
  const points = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const quote = spans.find(q => q.start <= from && to <= q.end);
    const cue = cues.find(q => q.cueStart <= from && to <= q.cueEnd);
    let node = document.createTextNode(text.slice(from, to));
    if (cue) node = el('span', { class: 'cue', title: `cue of ${who(cue)}` }, node);
    if (quote) {
      node = el('mark', { class: `quote kind-${quote.kind}`, dataset: { statement: String(quote.statementId) },
        title: `${who(quote)} · cue: ${quote.cue || 'none'} · ${confidence(quote.confidence)}`,
        onclick: () => { location.hash = route('statement', quote.statementId); } }, node);
      if (from === quote.start) nodes.push(el('span', { class: 'speaker-label' }, who(quote)));
    }
    nodes.push(node);
  }
  return nodes;
}

function who(quote) {
  return quote.speaker ? quote.speaker.name : quote.speakerName || 'unattributed';
}

function excerpt(text) {
  return text.length <= 90 ? text : text.slice(0, 88) + '…';
}
