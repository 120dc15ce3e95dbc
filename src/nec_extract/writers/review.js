// The review page's behaviour: select a record (every piece of its evidence outlined), keep the two panes
// on the same report, jump to a report, and search the text and the records. Plain DOM, no libraries.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var records = document.getElementById("records");
  var jump = document.getElementById("jump");
  var search = document.getElementById("search");
  var found = document.getElementById("found");
  var reports = Array.prototype.slice.call(text.querySelectorAll(".report"));
  var selected = null;
  // the record a click on a highlight selects first: the narrowest kind
  var KIND_ORDER = ["speaker", "date", "membership", "vote", "motion", "meeting"];

  function kindOf(id) {
    var kind = id.split("-")[1];
    var at = KIND_ORDER.indexOf(kind);
    return at < 0 ? KIND_ORDER.length : at;
  }

  function center(container, element) {
    var box = element.getBoundingClientRect();
    var frame = container.getBoundingClientRect();
    container.scrollTop += box.top - frame.top - (container.clientHeight - box.height) / 2;
  }

  function showInRecords(element) {
    var box = element.getBoundingClientRect();
    var frame = records.getBoundingClientRect();
    if (box.top < frame.top || box.bottom > frame.bottom) center(records, element);
  }

  function select(id, fromText) {
    var old = text.querySelectorAll(".hit");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("hit");
    var active = records.querySelector("li.active");
    if (active) active.classList.remove("active");
    selected = id;
    if (!id) return;
    var pieces = text.querySelectorAll("[data-r~='" + id + "']");
    for (var j = 0; j < pieces.length; j++) pieces[j].classList.add("hit");
    if (pieces.length && !fromText) center(text, pieces[0]);
    var item = document.getElementById("rec-" + id);
    if (item) {
      item.classList.add("active");
      showInRecords(item);
    }
    if (history.replaceState) history.replaceState(null, "", "#" + id);
  }

  function goToReport(id) {
    var box = document.getElementById(id);
    if (box) text.scrollTop += box.getBoundingClientRect().top - text.getBoundingClientRect().top - 8;
    var section = records.querySelector("section[data-report='" + id + "']");
    if (section) records.scrollTop += section.getBoundingClientRect().top - records.getBoundingClientRect().top;
    if (history.replaceState) history.replaceState(null, "", "#" + id);
  }

  // the report under the middle of the text pane is the current one: its index row and its entry in the
  // jump list are marked, and when the reader scrolls the text its records come into view
  function follow(moveRecords) {
    var middle = text.getBoundingClientRect().top + text.clientHeight / 2;
    var current = null;
    for (var i = 0; i < reports.length; i++) {
      if (reports[i].getBoundingClientRect().top <= middle) current = reports[i];
    }
    if (!current) current = reports[0];
    if (!current) return;
    reports.forEach(function (r) { r.classList.toggle("current", r === current); });
    var rows = records.querySelectorAll(".index tr[data-report]");
    for (var k = 0; k < rows.length; k++) rows[k].classList.toggle("current", rows[k].dataset.report === current.id);
    if (jump) jump.value = current.id;
    var section = records.querySelector("section[data-report='" + current.id + "']");
    if (!section || !moveRecords) return;
    var box = section.getBoundingClientRect();
    var frame = records.getBoundingClientRect();
    if (box.bottom < frame.top || box.top > frame.bottom) records.scrollTop += box.top - frame.top;
  }

  var pending = false;
  text.addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; follow(true); });
  });

  records.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link) return;
    event.preventDefault();
    if (link.dataset.r) select(link.dataset.r, false);
    else goToReport(link.getAttribute("href").slice(1));
  });

  text.addEventListener("click", function (event) {
    var piece = event.target.closest("[data-r]");
    if (!piece) return;
    var ids = piece.dataset.r.split(" ").sort(function (a, b) { return kindOf(a) - kindOf(b); });
    var next = ids.indexOf(selected) >= 0 ? ids[(ids.indexOf(selected) + 1) % ids.length] : ids[0];
    select(next, true);
  });

  if (jump) jump.addEventListener("change", function () { goToReport(jump.value); });

  // search: records whose label holds the words stay listed; the text's matches are highlighted and
  // Enter (Shift+Enter) steps to the next (previous) one
  var flat = null;
  var matches = [];
  var place = -1;
  var listedRecords = 0;

  function textNodes() {
    if (flat) return flat;
    flat = { nodes: [], starts: [], all: "" };
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentNode.closest(".report-label") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    var parts = [];
    var length = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      flat.nodes.push(node);
      flat.starts.push(length);
      parts.push(node.data);
      length += node.data.length;
    }
    flat.all = parts.join("");
    return flat;
  }

  function position(offset) {
    var starts = flat.starts;
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { node: flat.nodes[low], offset: offset - starts[low] };
  }

  function rangeAt(start, end) {
    var range = document.createRange();
    var a = position(start);
    var b = position(end - 1);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset + 1);
    return range;
  }

  function filterRecords(query) {
    var groups = records.querySelectorAll(".group");
    for (var i = 0; i < groups.length; i++) {
      var items = groups[i].querySelectorAll("li");
      var shown = 0;
      for (var j = 0; j < items.length; j++) {
        var hit = !query || items[j].textContent.toLowerCase().indexOf(query) >= 0;
        items[j].classList.toggle("hidden", !hit);
        if (hit) shown++;
      }
      groups[i].classList.toggle("hidden", Boolean(query) && shown === 0);
    }
    var sections = records.querySelectorAll("section.records");
    for (var k = 0; k < sections.length; k++) {
      var title = sections[k].querySelector("h2").textContent.toLowerCase();
      var empty = !sections[k].querySelector(".group:not(.hidden)");
      sections[k].classList.toggle("hidden", Boolean(query) && empty && title.indexOf(query) < 0);
    }
    return records.querySelectorAll("li:not(.hidden)").length;
  }

  function highlight(ranges, name) {
    if (window.CSS && CSS.highlights && typeof Highlight !== "undefined") {
      CSS.highlights.set(name, new Highlight(...ranges));
    }
  }

  function runSearch() {
    var query = search.value.trim();
    matches = [];
    place = -1;
    var listed = filterRecords(query.toLowerCase());
    if (!query) {
      highlight([], "search");
      highlight([], "search-current");
      found.textContent = "";
      return;
    }
    var all = textNodes().all;
    var pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
    for (var m = pattern.exec(all); m && matches.length < 5000; m = pattern.exec(all)) {
      matches.push(rangeAt(m.index, m.index + m[0].length));
    }
    highlight(matches, "search");
    highlight([], "search-current");
    listedRecords = listed;
    found.textContent = matches.length + " in the text · " + listed + " records";
  }

  function step(by) {
    if (!matches.length) return;
    place = (place + by + matches.length) % matches.length;
    var range = matches[place];
    highlight([range], "search-current");
    var box = range.getBoundingClientRect();
    var frame = text.getBoundingClientRect();
    text.scrollTop += box.top - frame.top - text.clientHeight / 2;
    found.textContent = place + 1 + " of " + matches.length + " in the text · " + listedRecords + " records";
  }

  var timer = null;
  search.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(runSearch, 150);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      window.clearTimeout(timer);
      if (!matches.length) runSearch();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === "Escape") {
      search.value = "";
      runSearch();
    }
  });
  document.getElementById("next").addEventListener("click", function () { step(1); });
  document.getElementById("prev").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    }
  });

  // a link to the page can carry a record (#r0-motion-1), a report (#report-2) or a search (?q=words)
  function fromAddress() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (/^report-\d+$/.test(id)) goToReport(id);
    else if (/^r\d+-[a-z]+(-\d+)?$/.test(id)) select(id, false);
    var query = new URLSearchParams(location.search).get("q");
    if (query) {
      search.value = query;
      runSearch();
      step(1);
    }
    follow(false);
  }
  window.addEventListener("hashchange", fromAddress);
  // after the browser's own jump to the anchor the address names
  if (document.readyState === "complete") fromAddress();
  else window.addEventListener("load", function () { window.setTimeout(fromAddress, 0); });
})();
