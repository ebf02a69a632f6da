// Filters the items table by executor and by state. Without this script the whole table shows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("items");
  if (!form || !table) return;
  var executor = form.elements.executor;
  var state = form.elements.state;
  var output = document.getElementById("filter-count");
  var rows = table.tBodies[0].rows;

  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }

  function apply() {
    var who = executor ? executor.value : "", what = state.value, section = null, sectionShown = false, shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (row.classList.contains("section")) {
        if (section) section.hidden = !sectionShown;
        section = row;
        sectionShown = false;
        continue;
      }
      var keep = (!who || has(row.dataset.executors, who)) && (!what || has(row.dataset.states, what));
      row.hidden = !keep;
      if (keep) { shown += 1; sectionShown = true; }
    }
    if (section) section.hidden = !sectionShown;
    output.textContent = output.dataset.template.replace("{shown}", shown).replace("{total}", output.dataset.total);
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
