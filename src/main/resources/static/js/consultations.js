// The questionnaire saves every answer a moment after typing stops (htmx, one request per answer) and says how each
// save went: "not saved yet" beside an answer the server has not got, a notice when the connection or the session is
// gone, a colleague's other version after a conflict. The copies in the browser are keep-typed.js's, as for every
// form (the form is data-keep-typed): a confirmed save makes that answer's text the server's, an answer put back after
// a lost connection, an ended session or a reload is saved at once (its "restored" event), and the copy goes once the
// answers are sent.
(function () {
  'use strict';
  var form = document.getElementById('answer-form');
  if (!form) {
    return;
  }
  var notice = document.getElementById('autosave-notice');

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
    field.addEventListener('input', function () { unsaved(field); });
    // put back by keep-typed.js (and saved at once by htmx): not the server's yet
    field.addEventListener('restored', function () { unsaved(field); });
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
  // is the server's (keep-typed.js drops the copy of what this person typed: they chose); nothing is sent.
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
    serversNow(field);
    field.dispatchEvent(new Event('keep-typed:changed', { bubbles: true }));
    var status = take.closest('.save-status');
    if (status) {
      status.textContent = take.getAttribute('data-msg-taken');
    }
  });

  function serversNow(field) {
    if (field.getAttribute('data-autosave') === 'text') {
      field.defaultValue = field.value;
      return;
    }
    field.querySelectorAll('input').forEach(function (input) { input.defaultChecked = input.checked; });
  }
})();
