// 报表: draws each chart from its data-chart JSON with ECharts — {type: pie|bar|hbar, items: [{name, value}]}
// or {type: compare, names: [...], series: [{name, values}]} (this week against the usual week) —
// and reloads the page when a project or status is chosen. The CSP allows no inline script.
(function () {
  var palette = ['#0b6e4f', '#2b6cb0', '#b7791f', '#c53030', '#6b46c1', '#2c7a7b', '#dd6b20', '#718096',
    '#38a169', '#d53f8c'];

  function pie(items) {
    return {
      animation: false,
      color: palette,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { type: 'scroll', bottom: 0, itemWidth: 12, itemHeight: 10, itemGap: 8 },
      series: [{ type: 'pie', radius: ['36%', '66%'], center: ['50%', '44%'],
        label: { formatter: '{b} {d}%' },
        data: items.filter(function (i) { return i.value > 0; }) }]
    };
  }

  function bars(items, horizontal) {
    var names = items.map(function (i) { return i.name; });
    var values = items.map(function (i) { return i.value; });
    var category = { type: 'category', data: horizontal ? names.slice().reverse() : names,
      axisLabel: { interval: 0, width: horizontal ? 110 : 64, overflow: 'truncate' } };
    var value = { type: 'value', minInterval: 1 };
    return {
      animation: false,
      color: palette,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: horizontal ? 120 : 40, right: 30, top: 16, bottom: 30 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', barMaxWidth: 28, colorBy: horizontal ? 'series' : 'data',
        label: { show: true, position: horizontal ? 'right' : 'top' },
        data: horizontal ? values.slice().reverse() : values }]
    };
  }

  function compare(chart) {
    return {
      animation: false,
      color: ['#c53030', '#a0aec0'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: chart.names, axisLabel: { interval: 0, width: 70, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: chart.series.map(function (s) {
        return { type: 'bar', name: s.name, barMaxWidth: 24, label: { show: true, position: 'top' }, data: s.values };
      })
    };
  }

  function option(chart) {
    if (chart.type === 'pie') { return pie(chart.items); }
    if (chart.type === 'compare') { return compare(chart); }
    return bars(chart.items, chart.type === 'hbar');
  }

  function draw(element) {
    var rendered = echarts.init(element);
    rendered.setOption(option(JSON.parse(element.dataset.chart)));
    element.classList.add('drawn');
    window.addEventListener('resize', function () { rendered.resize(); });
  }

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    if (window.echarts) {
      document.querySelectorAll('.chart[data-chart]').forEach(draw);
    }
    document.querySelectorAll('select.auto-submit').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  });
})();
