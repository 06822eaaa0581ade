// Complaint queues: keyboard use ("/" search, j/k move, Enter opens) and keeping the filter form's
// sort fields in step with the table htmx swapped in.
(function () {
  var selected = -1;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue-results tbody tr'));
  }

  function select(index) {
    var all = rows();
    if (all.length === 0) {
      selected = -1;
      return;
    }
    selected = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) {
      row.classList.toggle('selected', i === selected);
      row.setAttribute('aria-selected', i === selected ? 'true' : 'false');
    });
    all[selected].scrollIntoView({ block: 'nearest' });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName));
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || !document.getElementById('queue-results')) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === 'Escape') {
        event.target.blur();
      }
      return;
    }
    if (event.key === '/') {
      event.preventDefault();
      var search = document.getElementById('q');
      search.focus();
      search.select();
    } else if (event.key === 'j') {
      select(selected + 1);
    } else if (event.key === 'k') {
      select(selected < 0 ? 0 : selected - 1);
    } else if (event.key === 'Enter' && selected >= 0) {
      var link = rows()[selected] && rows()[selected].querySelector('a.number');
      if (link) {
        event.preventDefault();
        window.location.href = link.href;
      }
    }
  });

  function setField(id, value) {
    var field = document.getElementById(id);
    if (field) {
      field.value = value || '';
      field.disabled = !value;
    }
  }

  document.addEventListener('htmx:afterSettle', function () {
    var results = document.getElementById('queue-results');
    if (!results) {
      return;
    }
    selected = -1;
    setField('f-sort', results.getAttribute('data-sort'));
    setField('f-dir', results.getAttribute('data-sort') ? results.getAttribute('data-dir') : '');
  });
})();
