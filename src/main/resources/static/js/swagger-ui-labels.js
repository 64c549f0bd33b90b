// Swagger UI (/swagger-ui, the developers' tool beside the guide /about/api) leaves the fields of "Try it out" without
// a name: a multipart upload's file, its lists' items, its choices, and the servers' list (axe's label and
// select-name). Each is named here after its row's parameter or property, as Swagger UI shows it beside the field;
// loaded by the initializer (SwaggerUiLabels) and run again whenever Swagger UI draws.
(function () {
  function nameOf(field) {
    var row = field.closest('tr[data-property-name], tr[data-param-name]');
    if (row) {
      return row.getAttribute('data-property-name') || row.getAttribute('data-param-name');
    }
    // the servers' list, in a label of no words of its own: named as Swagger UI titles it, in English as all its page
    return field.id === 'servers' ? 'Servers' : null;
  }
  // a label that names the field: words of its own besides the field's (the servers' label holds only its list)
  function labelled(field) {
    return Array.prototype.some.call(field.labels || [], function (label) {
      return label.textContent.replace(field.textContent, '').trim() !== '';
    });
  }
  function nameFields() {
    document.querySelectorAll('.swagger-ui input:not([type=hidden]), .swagger-ui select, .swagger-ui textarea')
      .forEach(function (field) {
        if (labelled(field) || field.getAttribute('aria-label') || field.hasAttribute('aria-labelledby')) {
          return;
        }
        var name = nameOf(field);
        if (name) {
          field.setAttribute('aria-label', name);
        }
      });
  }
  new MutationObserver(nameFields).observe(document.body, { childList: true, subtree: true });
  nameFields();
})();
