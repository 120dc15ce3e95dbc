"use strict";
// Sorting any table.sortable by a click on its header, and filtering the decisions table.
(function () {
  function cellValue(row, column, numeric) {
    const cell = row.cells[column];
    const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    if (!numeric) return raw.toLowerCase();
    return raw === "" ? Number.NEGATIVE_INFINITY : Number(raw);
  }

  function sortBy(table, header) {
    const column = header.cellIndex;
    const numeric = header.dataset.type === "number";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of header.parentNode.cells) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort(function (a, b) {
      const x = cellValue(a, column, numeric);
      const y = cellValue(b, column, numeric);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    for (const row of rows) body.appendChild(row);
  }

  for (const table of document.querySelectorAll("table.sortable")) {
    for (const header of table.tHead.rows[0].cells) {
      header.addEventListener("click", function () { sortBy(table, header); });
    }
  }

  const table = document.getElementById("decisions-table");
  const outcome = document.getElementById("filter-outcome");
  const year = document.getElementById("filter-year");
  const text = document.getElementById("filter-text");
  const count = document.getElementById("filter-count");

  function applyFilters() {
    const words = text.value.trim().toLowerCase();
    let shown = 0;
    for (const row of table.tBodies[0].rows) {
      const visible = (!outcome.value || row.dataset.outcome === outcome.value) &&
        (!year.value || row.dataset.year === year.value) &&
        (!words || row.textContent.toLowerCase().includes(words));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
  }

  // a chart links to a row: show it even when the filters hide it
  function revealTarget() {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target && target.hidden) {
      outcome.value = ""; year.value = ""; text.value = "";
      applyFilters();
      target.scrollIntoView();
    }
    const details = target ? target.closest("details") : null;
    if (details && !details.open) { details.open = true; target.scrollIntoView(); }
  }

  for (const control of [outcome, year, text]) control.addEventListener("input", applyFilters);
  window.addEventListener("hashchange", revealTarget);
  applyFilters();
  document.body.dataset.ready = "yes";
})();
