// The amendment form keeps what is typed: a copy stays in the browser until the amendment is proposed, and the
// server keeps a draft a moment after typing stops (htmx). After a closed tab or an ended session, the browser's copy
// is put back in the form.
(function () {
  'use strict';
  // Back on the text after proposing: the browser's copy of that paragraph's form is no longer needed.
  var proposed = document.querySelector('[data-clear-draft]');
  if (proposed) {
    localStorage.removeItem('puente.drafting.' + proposed.getAttribute('data-clear-draft'));
  }
  var form = document.getElementById('amend-form');
  if (!form) {
    return;
  }
  var key = 'puente.drafting.' + form.getAttribute('data-draft-key');
  var status = document.getElementById('draft-status');
  var notice = document.getElementById('autosave-notice');
  var fields = ['kind', 'original', 'replacement', 'reason', 'proponent'];
  var timer = null;

  function values() {
    var data = {};
    fields.forEach(function (name) {
      var checked = form.querySelector('input[name="' + name + '"]:checked');
      var field = checked || form.querySelector('[name="' + name + '"]');
      if (field) {
        data[name] = field.value;
      }
    });
    return data;
  }

  function put(data) {
    fields.forEach(function (name) {
      if (data[name] === undefined) {
        return;
      }
      var radio = form.querySelector('input[type=radio][name="' + name + '"][value="' + data[name] + '"]');
      if (radio) {
        radio.checked = true;
        return;
      }
      var field = form.querySelector('[name="' + name + '"]');
      if (field && field.type !== 'hidden') {
        field.value = data[name];
      }
    });
  }

  function keep() {
    try {
      localStorage.setItem(key, JSON.stringify(values()));
    } catch (e) { /* storage full or disabled: the server draft still saves */ }
    clearTimeout(timer);
    timer = setTimeout(function () { htmx.trigger(status, 'draft'); }, 1500);
  }

  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  form.addEventListener('submit', function () { clearTimeout(timer); });

  // An answer that is not ours (the sign-in page after the session ended) is not shown; the copy stays here.
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.requestConfig && event.detail.requestConfig.elt === status) {
      var xhr = event.detail.xhr;
      if (xhr.responseText.indexOf('data-draft-saved') < 0 || xhr.responseURL.indexOf('/login') >= 0) {
        event.detail.shouldSwap = false;
        notice.textContent = form.getAttribute('data-msg-session');
      }
    }
  });
  document.body.addEventListener('htmx:sendError', function () {
    notice.textContent = form.getAttribute('data-msg-offline');
  });

  // Back after a closed tab or an ended session: the browser's copy wins over an empty or older form.
  var stored = localStorage.getItem(key);
  if (stored) {
    var copy = JSON.parse(stored);
    var now = values();
    if (JSON.stringify(copy) !== JSON.stringify(now) && (copy.reason || copy.replacement || copy.original)) {
      put(copy);
      notice.textContent = form.getAttribute('data-msg-restored');
    }
  }
})();
