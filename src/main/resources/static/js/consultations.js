// The questionnaire form keeps every keystroke: htmx saves each answer a moment after typing stops, and this file
// keeps a copy in the browser until the server confirms it, so a lost connection or an ended session loses nothing.
// After signing in again, the copy is put back in the field and saved.
// Why these copies are not keep-typed.js's (which keeps every other form, the amendments included): they follow the
// answers one by one — each copy goes when the server confirms that answer's save (choices and scales included), a
// copy put back is saved at once, and "use theirs" after a conflict drops one answer's copy — while keep-typed.js
// keeps one copy of a whole form until the form is sent. keep-typed.js clears these at sign-out.
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

  function statusOf(field) {
    return field && field.id ? document.getElementById('status-' + field.id.substring(2)) : null;
  }

  // What the field holds is not what the server has: its status says so ("Not saved yet", announced once, politely,
  // by the status's aria-live) instead of an earlier "Saved at 20:25". A conflict shown there stays: it already says
  // the text is not saved, and holds the choice between the two versions.
  function unsaved(field) {
    var status = statusOf(field);
    if (!status || status.querySelector('.conflict, [data-unsaved]')) {
      return;
    }
    var line = document.createElement('span');
    line.setAttribute('data-unsaved', '');
    line.textContent = form.getAttribute('data-msg-unsaved');
    status.replaceChildren(line);
  }

  var fields = form.querySelectorAll('[data-autosave]');
  fields.forEach(function (field) {
    // (input, not change: a text's change comes when the field is left, often after its save)
    field.addEventListener('input', function () { keep(field); unsaved(field); });
    field.addEventListener('change', function () { keep(field); });
  });

  // what each field sent, to tell after the answer whether it still holds that (typing went on meanwhile)
  document.body.addEventListener('htmx:beforeRequest', function (event) {
    var field = fieldOf(event.detail.elt);
    if (field && field.hasAttribute && field.hasAttribute('data-autosave')) {
      field.puenteSent = JSON.stringify(valueOf(field));
    }
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
        // a save went through: the connection and the session are back, their notice goes
        if (notice && (notice.textContent === form.getAttribute('data-msg-offline')
            || notice.textContent === form.getAttribute('data-msg-session'))) {
          say('');
        }
      }
    } else {
      event.detail.shouldSwap = false;
      say(form.getAttribute('data-msg-session'));
      unsaved(field);
    }
  });
  document.body.addEventListener('htmx:sendError', function (event) {
    say(form.getAttribute('data-msg-offline'));
    unsaved(fieldOf(event.detail.elt));
  });
  document.body.addEventListener('htmx:afterSwap', function (event) {
    var field = fieldOf(event.detail.requestConfig && event.detail.requestConfig.elt);
    // saved, but typing went on meanwhile: what the field holds now is not saved yet
    if (field && field.puenteSent !== undefined && field.puenteSent !== JSON.stringify(valueOf(field))) {
      unsaved(field);
    }
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

  // What the server sent in the page for a field: the browser may have put back what was typed before (Back, a
  // reload), so the field's value says nothing about what the server has.
  function serverValueOf(field) {
    if (field.getAttribute('data-autosave') === 'text') {
      return field.defaultValue;
    }
    var checked = [];
    field.querySelectorAll('input').forEach(function (input) {
      if (input.defaultChecked) {
        checked.push(input.value);
      }
    });
    return checked;
  }

  // Back after a timeout, a crash or a lost connection: put unsent text back and save it (once htmx has wired the
  // fields). The copy is dropped only when the server has it: compared with the field instead, a page brought back by
  // the browser's Back button (which refills the fields itself) dropped the copy of text the server never got, and
  // the next visit showed the older text (walk 8: typed offline, sent, Back, reload — the last sentence was gone).
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
    if (same(copy.value, serverValueOf(field))) {
      localStorage.removeItem(key(field));
      return;
    }
    if (!same(copy.value, valueOf(field))) {
      restore(field, copy.value);
    }
    unsaved(field);
    say(form.getAttribute('data-msg-restored'));
    htmx.trigger(field, 'restored');
   });
  }
  document.addEventListener('DOMContentLoaded', function () { setTimeout(restoreAll, 0); });
})();
