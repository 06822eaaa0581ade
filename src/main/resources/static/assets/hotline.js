// 来电登记: answers a softphone's call at once, shows the name and phone fields only for a caller
// who is not a resident, and lets triage's suggestion preselect topic and urgency until the agent
// picks them by hand.
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  ready(function () {
    var answer = document.getElementById('answer');
    if (answer && answer.dataset.autosubmit === 'true') {
      answer.submit();
    }

    var form = document.getElementById('complaint');
    if (!form) { return; }

    var unknown = form.querySelector('.unknown-caller');
    var radios = form.querySelectorAll('input[name="residentId"]');
    function showUnknown() {
      var chosen = form.querySelector('input[name="residentId"]:checked');
      var known = radios.length > 0 && chosen && chosen.value !== '';
      unknown.classList.toggle('hidden', known);
    }
    radios.forEach(function (r) { r.addEventListener('change', showUnknown); });
    showUnknown();

    ['topic', 'urgency'].forEach(function (id) {
      var select = document.getElementById(id);
      select.addEventListener('change', function () { select.dataset.chosen = 'true'; });
    });

    document.body.addEventListener('htmx:afterSwap', function (event) {
      if (event.detail.target.id !== 'suggestion') { return; }
      var result = document.getElementById('suggestion-result');
      if (!result) { return; }
      var topic = document.getElementById('topic');
      var urgency = document.getElementById('urgency');
      if (topic.dataset.chosen !== 'true') { topic.value = result.dataset.topic; }
      if (urgency.dataset.chosen !== 'true') { urgency.value = result.dataset.urgency; }
    });
  });
})();
