/**
 * The small script that makes `.sk-table` tables sortable (click a column heading) and
 * filterable (a text box above each table). Without it the tables read the same, unsorted:
 * the script only adds controls. It reads texts and `data-value` attributes and never inserts
 * markup, so no model text is ever parsed as HTML.
 */
export const TABLE_SCRIPT = `(function () {
  'use strict';
  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) { return ''; }
    var raw = cell.getAttribute('data-value');
    var text = raw === null ? cell.textContent : raw;
    var number = Number(text);
    return text !== '' && !isNaN(number) ? number : text.toLowerCase();
  }
  function sortBy(table, index, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      if (x === y) { return 0; }
      if (x === '') { return 1; }
      if (y === '') { return -1; }
      return (x < y ? -1 : 1) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sk-table'), function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sk-sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, index, th); });
    });
    var input = document.createElement('input');
    input.type = 'search';
    input.className = 'sk-filter';
    input.setAttribute('aria-label', table.getAttribute('data-filter-label') || 'Filter');
    input.placeholder = table.getAttribute('data-filter-label') || 'Filter';
    input.addEventListener('input', function () {
      var needle = input.value.toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = needle !== '' && row.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
    table.parentNode.insertBefore(input, table);
  });
})();`;
