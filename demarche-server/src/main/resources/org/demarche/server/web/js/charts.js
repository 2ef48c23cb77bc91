// Small SVG charts drawn from API data: no library, labels as text nodes.
import { svg, el } from './dom.js';

export const PALETTE = ['#2f6db5', '#d9822b', '#3a9a6a', '#b8435a', '#7a5cc2', '#8c7a3d', '#2a9aa8', '#6b7785'];

/** Every month from the first to the last of "YYYY-MM" strings, so gaps show as zero. */
export function monthRange(months) {
  if (!months.length) return [];
  const sorted = [...months].sort();
  const [y0, m0] = sorted[0].split('-').map(Number);
  const [y1, m1] = sorted[sorted.length - 1].split('-').map(Number);
  const range = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    range.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return range;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthLabel(month) {
  const [y, m] = month.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** Statements per month as vertical bars; counts is [{month, count}]. */
export function monthlyBars(counts, { height = 190 } = {}) {
  const byMonth = new Map(counts.map(c => [c.month, c.count]));
  const months = monthRange(counts.map(c => c.month));
  if (!months.length) return el('p', { class: 'muted' }, 'No dated statements.');
  const width = 520, left = 30, bottom = 24, top = 10;
  const max = Math.max(1, ...months.map(m => byMonth.get(m) || 0));
  const slot = (width - left) / months.length;
  const barWidth = Math.max(2, Math.min(38, slot * 0.7));
  const y = value => top + (height - top - bottom) * (1 - value / max);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': 'Statements per month' });
  for (const tick of ticks(max)) {
    chart.append(svg('line', { x1: left, x2: width, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: left - 6, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, String(tick)));
  }
  const labelEvery = Math.ceil(months.length / 12);
  months.forEach((month, i) => {
    const value = byMonth.get(month) || 0;
    const x = left + i * slot + (slot - barWidth) / 2;
    chart.append(svg('rect', { x, y: y(value), width: barWidth, height: Math.max(0, y(0) - y(value)),
      rx: 2, class: 'bar' }, svg('title', {}, `${monthLabel(month)}: ${value}`)));
    if (i % labelEvery === 0) {
      chart.append(svg('text', { x: x + barWidth / 2, y: height - 6, class: 'axis', 'text-anchor': 'middle' },
        monthLabel(month)));
    }
  });
  return chart;
}

/** One line per topic over months; rows is [{month, topic, statements}]. Shows the busiest topics. */
export function topicLines(rows, { topics = 6, height = 250 } = {}) {
  const totals = new Map();
  for (const row of rows) totals.set(row.topic, (totals.get(row.topic) || 0) + row.statements);
  const shown = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, topics).map(([topic]) => topic);
  const months = monthRange(rows.map(r => r.month));
  if (!months.length) return el('p', { class: 'muted' }, 'No topics yet.');
  const value = new Map(rows.map(r => [r.topic + '|' + r.month, r.statements]));
  const width = 520, left = 30, bottom = 24, top = 10, right = 24;
  const max = Math.max(1, ...rows.filter(r => shown.includes(r.topic)).map(r => r.statements));
  const x = i => months.length === 1 ? (left + width - right) / 2 : left + i * (width - left - right) / (months.length - 1);
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': 'Statements per topic and month' });
  for (const tick of ticks(max)) {
    chart.append(svg('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: left - 6, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, String(tick)));
  }
  const labelEvery = Math.ceil(months.length / 10);
  months.forEach((month, i) => {
    if (i % labelEvery === 0) {
      chart.append(svg('text', { x: x(i), y: height - 6, class: 'axis', 'text-anchor': 'middle' }, monthLabel(month)));
    }
  });
  shown.forEach((topic, t) => {
    const points = months.map((month, i) => `${x(i)},${y(value.get(topic + '|' + month) || 0)}`);
    chart.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: PALETTE[t % PALETTE.length],
      'stroke-width': 2.5, 'stroke-linejoin': 'round' }, svg('title', {}, topic)));
    months.forEach((month, i) => {
      const v = value.get(topic + '|' + month) || 0;
      if (v) chart.append(svg('circle', { cx: x(i), cy: y(v), r: 3.5, fill: PALETTE[t % PALETTE.length] },
        svg('title', {}, `${topic}, ${monthLabel(month)}: ${v}`)));
    });
  });
  const legend = el('ul', { class: 'legend' }, shown.map((topic, t) =>
    el('li', {}, el('span', { class: 'swatch', dataset: { color: String(t % PALETTE.length) } }), topic)));
  return el('div', { class: 'chart-block' }, chart, legend);
}

/** Roles over time as bars from first to last seen; roles is [{role, firstSeen, lastSeen}]. */
export function roleTimeline(roles) {
  const dated = roles.filter(r => r.firstSeen);
  if (!dated.length) return null;
  const day = d => Date.parse(d + 'T00:00:00Z');
  const start = Math.min(...dated.map(r => day(r.firstSeen)));
  const end = Math.max(...dated.map(r => day(r.lastSeen || r.firstSeen)));
  const span = Math.max(end - start, 86400000);
  const width = 1000, labelWidth = 260, rowHeight = 28;
  const x = t => labelWidth + (width - labelWidth - 10) * (t - start) / span;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${dated.length * rowHeight + 22}`, class: 'chart', role: 'img',
    'aria-label': 'Roles over time' });
  dated.forEach((role, i) => {
    const y = i * rowHeight + 4;
    const x0 = x(day(role.firstSeen));
    const x1 = Math.max(x0 + 6, x(day(role.lastSeen || role.firstSeen)));
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 14, class: 'axis role-label', 'text-anchor': 'end' }, truncate(role.role, 34)),
      svg('rect', { x: x0, y, width: x1 - x0, height: 18, rx: 4, class: 'role-bar' },
        svg('title', {}, `${role.role}: ${role.firstSeen} to ${role.lastSeen || role.firstSeen}`)));
  });
  const bottom = dated.length * rowHeight + 18;
  chart.append(svg('text', { x: labelWidth, y: bottom, class: 'axis' }, new Date(start).toISOString().slice(0, 10)),
    svg('text', { x: width - 10, y: bottom, class: 'axis', 'text-anchor': 'end' }, new Date(end).toISOString().slice(0, 10)));
  return chart;
}

function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

function ticks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const result = [];
  for (let t = 0; t <= max; t += step) result.push(t);
  return result;
}
