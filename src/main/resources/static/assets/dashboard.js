// 看板: draws each chart from its data-chart JSON ({type, items: [{name, value, href}]}) with
// ECharts; a click on a slice or bar opens the queue behind it. Choosing a project reloads.
(function () {
  var palette = ['#0b6e4f', '#2b6cb0', '#b7791f', '#c53030', '#6b46c1', '#2c7a7b', '#dd6b20', '#718096',
    '#38a169', '#d53f8c'];

  function option(chart) {
    var items = chart.items;
    var names = items.map(function (i) { return i.name; });
    var values = items.map(function (i) { return i.value; });
    if (chart.type === 'pie') {
      return {
        animation: false,
        color: palette,
        tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
        legend: { bottom: 0, itemWidth: 12, itemHeight: 10, itemGap: 8 },
        series: [{ type: 'pie', radius: ['38%', '70%'], center: ['50%', '42%'],
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
          data: items.filter(function (i) { return i.value > 0; })
            .map(function (i) { return { name: i.name, value: i.value }; }) }]
      };
    }
    if (chart.type === 'line') {
      return {
        animation: false,
        color: palette,
        tooltip: { trigger: 'axis', formatter: '{b}: {c}%' },
        grid: { left: 40, right: 24, top: 16, bottom: 30 },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [{ type: 'line', connectNulls: true, label: { show: true, formatter: '{c}%' },
          data: values.map(function (v) { return v == null ? '-' : v; }) }]
      };
    }
    var horizontal = chart.type === 'hbar';
    var category = { type: 'category', data: horizontal ? names.slice().reverse() : names,
      axisLabel: { interval: 0, width: horizontal ? 110 : 70, overflow: 'truncate' } };
    var value = { type: 'value', minInterval: 1 };
    return {
      animation: false,
      color: palette,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: horizontal ? 120 : 40, right: 24, top: 16, bottom: 30 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', barMaxWidth: 28, label: { show: true, position: horizontal ? 'right' : 'top' },
        data: horizontal ? values.slice().reverse() : values }]
    };
  }

  function draw(element) {
    var chart = JSON.parse(element.dataset.chart);
    var rendered = echarts.init(element);
    rendered.setOption(option(chart));
    rendered.on('click', function (params) {
      var item = chart.items.filter(function (i) { return i.name === params.name; })[0];
      if (item && item.href) { window.location.href = item.href; }
    });
    window.addEventListener('resize', function () { rendered.resize(); });
  }

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    if (window.echarts) {
      document.querySelectorAll('.chart[data-chart]').forEach(draw);
    }
    var project = document.getElementById('projectId');
    if (project) {
      project.addEventListener('change', function () { project.form.submit(); });
    }
  });
})();
