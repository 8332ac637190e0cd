// review-ls --report: sorts a table by the column whose header is clicked
// (again: the other way). Without this script the tables still read, in
// their written order. A cell's data-sort, when present, is its sort key;
// columns marked data-type="number" compare as numbers; cells of class
// "empty" (no reviewer, no title) stay last whichever way a column sorts.
(function () {
  "use strict";
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function keyOf(row, column) {
    var cell = row.cells[column];
    if (!cell || cell.classList.contains("empty")) {
      return null;
    }
    var key = cell.getAttribute("data-sort");
    return key === null ? cell.textContent.trim() : key;
  }

  function sortTable(table, column, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var numeric = header.getAttribute("data-type") === "number";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    // Array.prototype.sort is stable: equal keys keep their previous order.
    rows.sort(function (a, b) {
      var x = keyOf(a, column);
      var y = keyOf(b, column);
      if (x === null || y === null) {
        return (x === null) - (y === null);
      }
      var order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) {
      return;
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (header.firstChild) {
        button.appendChild(header.firstChild);
      }
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortTable(table, column, header);
      });
    });
  });
})();
