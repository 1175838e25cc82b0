// Puts a chart (chart.js) on the page: builds the SVG elements with the DOM from geometry that
// holds numbers, strings and class names only, and its data table as a real <table>. Every
// string goes in as text; colours and text anchors come from the stylesheet's classes.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text != null) node.textContent = text;
  return node;
}

function html(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text != null) node.textContent = text;
  return node;
}

/**
 * The chart's <svg>: labelled by its <title> and described by its <desc> (both given as text,
 * their ids made from `id`), then the grid, the bars (each with its own <title>, a tooltip), the
 * baseline, the reference line and the axes' labels. Bars of height 0 are not drawn.
 */
export function chartElement(chart, { id, title, desc }) {
  const root = svg('svg', {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    width: chart.width,
    height: chart.height,
    class: 'chart-svg',
    role: 'img',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-desc`,
  });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, desc));
  const { plot } = chart;

  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' });
  const yAxis = svg('g', { class: 'y-axis', 'aria-hidden': 'true' });
  for (const tick of chart.ticks) {
    if (tick.value !== 0) grid.append(svg('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y }));
    yAxis.append(svg('text', { x: plot.left - 6, y: tick.y }, tick.label));
  }

  const bars = svg('g', { class: 'bars' });
  for (const bar of chart.bars) {
    if (!(bar.h > 0)) continue;
    const rect = svg('rect', { class: bar.cls, x: bar.x, y: bar.y, width: bar.w, height: bar.h });
    rect.append(svg('title', {}, bar.title));
    bars.append(rect);
  }

  const baseline = svg('line', { class: 'baseline', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom });
  root.append(grid, bars, baseline);

  const ref = chart.reference;
  if (ref) {
    root.append(
      svg('line', { class: ref.cls, x1: ref.x1, x2: ref.x2, y1: ref.y, y2: ref.y }),
      svg('text', { class: 'ref-label', x: ref.labelX, y: ref.labelY, 'aria-hidden': 'true' }, ref.label),
    );
  }

  const xAxis = svg('g', { class: 'x-axis', 'aria-hidden': 'true' });
  for (const label of chart.labels) xAxis.append(svg('text', { class: label.cls, x: label.x, y: label.y }, label.label));
  root.append(yAxis, xAxis);
  return root;
}

/** A data table: {caption, head, rows: [{head, cells}]}, each row headed by its day. */
export function tableElement({ caption, head, rows }) {
  const table = html('table', { class: 'data-table' });
  table.append(html('caption', {}, caption));
  const thead = html('thead');
  const headRow = html('tr');
  for (const name of head) headRow.append(html('th', { scope: 'col' }, name));
  thead.append(headRow);
  const tbody = html('tbody');
  for (const row of rows) {
    const tr = html('tr');
    tr.append(html('th', { scope: 'row' }, row.head));
    for (const cell of row.cells) tr.append(html('td', {}, cell));
    tbody.append(tr);
  }
  table.append(thead, tbody);
  return table;
}

/** Draws a chart into `container` and its table into `tableContainer`, replacing what was there. */
export function showChart(container, tableContainer, chart, texts, table) {
  container.replaceChildren(chartElement(chart, texts));
  tableContainer.replaceChildren(tableElement(table));
}
