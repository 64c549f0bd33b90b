// The questionnaire form keeps every keystroke: htmx saves each answer a moment after typing stops, and this file
// keeps a copy in the browser until the server confirms it, so a lost connection or an ended session loses nothing.
// After signing in again, the copy is put back in the field and saved.
(function () {
  'use strict';
  var form = document.getElementById('answer-form');
  if (!form) {
    return;
  }
  var questionnaire = form.getAttribute('data-questionnaire');
  // one copy per answering country: the browser may be shared, and one country's text is never put in another's form
  var respondent = form.getAttribute('data-respondent');
  var notice = document.getElementById('autosave-notice');

  function key(field) {
    return 'puente.consultations.' + questionnaire + '.' + respondent + '.' + field.id;
  }

  function valueOf(field) {
    if (field.getAttribute('data-autosave') === 'text') {
      return field.value;
    }
    var checked = [];
    field.querySelectorAll('input:checked').forEach(function (input) { checked.push(input.value); });
    return checked;
  }

  function restore(field, value) {
    if (field.getAttribute('data-autosave') === 'text') {
      field.value = value;
      return;
    }
    field.querySelectorAll('input').forEach(function (input) { input.checked = value.indexOf(input.value) >= 0; });
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function keep(field) {
    try {
      localStorage.setItem(key(field), JSON.stringify({ value: valueOf(field), at: Date.now() }));
    } catch (e) { /* storage full or disabled: the server copy still saves */ }
  }

  function say(text) {
    if (notice) {
      notice.textContent = text;
    }
  }

  function localTimes(root) {
    root.querySelectorAll('time[data-local-time]').forEach(function (time) {
      var at = new Date(time.getAttribute('datetime'));
      if (!isNaN(at)) {
        time.textContent = at.toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
      }
    });
  }

  var fields = form.querySelectorAll('[data-autosave]');
  fields.forEach(function (field) {
    field.addEventListener('input', function () { keep(field); });
    field.addEventListener('change', function () { keep(field); });
  });

  // Saved answers (2xx) and refusals we wrote (403, 409, 422 with our marker) are shown; anything else means the
  // session or the connection is gone, and the copy stays in the browser.
  // the field a request speaks for: the field itself, or the field a conflict's "save mine instead" button names
  function fieldOf(elt) {
    if (elt && elt.hasAttribute && elt.hasAttribute('data-autosave-field')) {
      return document.getElementById(elt.getAttribute('data-autosave-field'));
    }
    return elt;
  }

  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var field = fieldOf(event.detail.requestConfig && event.detail.requestConfig.elt);
    if (!field || !field.hasAttribute || !field.hasAttribute('data-autosave')) {
      return;
    }
    var xhr = event.detail.xhr;
    var ours = xhr.responseText.indexOf('data-autosave-result') >= 0 && xhr.responseURL.indexOf('/login') < 0;
    if (ours) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
      if (xhr.status >= 200 && xhr.status < 300) {
        var stored = localStorage.getItem(key(field));
        if (stored && same(JSON.parse(stored).value, valueOf(field))) {
          localStorage.removeItem(key(field));
        }
      }
    } else {
      event.detail.shouldSwap = false;
      say(form.getAttribute('data-msg-session'));
    }
  });
  document.body.addEventListener('htmx:sendError', function () {
    say(form.getAttribute('data-msg-offline'));
  });
  document.body.addEventListener('htmx:afterSwap', function (event) {
    localTimes(event.detail.target);
  });

  // After a conflict, "use theirs": the other focal point's answer goes into the field, from their version, and
  // the copy of what this person typed is dropped (they chose); nothing is sent.
  form.addEventListener('click', function (event) {
    var take = event.target.closest ? event.target.closest('[data-take-theirs]') : null;
    if (!take) {
      return;
    }
    var field = fieldOf(take);
    var text = take.getAttribute('data-theirs-text');
    var choices = take.getAttribute('data-theirs-choices');
    restore(field, text !== null ? text : (choices ? choices.split('\n') : []));
    var version = document.getElementById('version-' + field.id.substring(2));
    if (version) {
      version.value = take.getAttribute('data-their-version');
    }
    localStorage.removeItem(key(field));
    var status = take.closest('.save-status');
    if (status) {
      status.textContent = take.getAttribute('data-msg-taken');
    }
  });

  // Back after a timeout or a crash: put unsent text back and save it (once htmx has wired the fields).
  function restoreAll() {
   fields.forEach(function (field) {
    var stored = localStorage.getItem(key(field));
    if (!stored) {
      return;
    }
    var copy = JSON.parse(stored);
    if (field.disabled || field.querySelector && field.querySelector('input:disabled')) {
      return;
    }
    if (!same(copy.value, valueOf(field))) {
      restore(field, copy.value);
      say(form.getAttribute('data-msg-restored'));
      htmx.trigger(field, 'restored');
    } else {
      localStorage.removeItem(key(field));
    }
   });
   localTimes(document);
  }
  document.addEventListener('DOMContentLoaded', function () { setTimeout(restoreAll, 0); });
})();
