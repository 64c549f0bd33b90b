// Never lose what was typed (docs/walkthrough-2026-12-05-typed-text.md). A form marked data-keep-typed keeps a copy of
// its free text in this browser (localStorage, never sent anywhere) from the first key pressed until the server has
// taken it: an ended session, a dropped connection, a reload or a Back no longer empty the form. The copy is keyed by
// the account and the form's address, and is put back when the form is shown again, with a polite note and a button
// to discard it. Passwords, hidden fields (a record's version) and files are never copied.
// The amendment form is kept here too (drafting.js only saves its draft on the server). The questionnaire keeps its
// own copies, one per answer (consultations.js: each is dropped when the server confirms that answer's save, choices
// included, which this form-wide copy cannot follow); they go at sign-out with these.
(function () {
  'use strict';
  var PREFIX = 'puente.keep.';
  var PENDING = 'puente.keep.pending';
  var KEEP_DAYS = 14;
  var TEXT = ['text', 'email', 'url', 'tel', 'textarea']; // not search: a meeting picker's box only filters a list

  function message(name) {
    return document.body.getAttribute('data-msg-keep-' + name) || '';
  }

  function account() {
    var name = document.querySelector('.account-name');
    return name ? name.textContent.trim() : '';
  }

  function store(action, value) {
    try {
      if (value === null) {
        localStorage.removeItem(action);
      }
      else {
        localStorage.setItem(action, JSON.stringify(value));
      }
    } catch (e) { /* storage full or disabled: the form still sends */ }
  }

  function read(key) {
    try {
      var stored = localStorage.getItem(key);
      return stored ? JSON.parse(stored) : null;
    } catch (e) {
      return null;
    }
  }

  // One copy per account and form address, and per form where a page has several sending to one address (the replies
  // to an amendment's comments): told apart by the form's id, or its first text field's.
  function keyOf(form) {
    var address = new URL(form.getAttribute('action') || location.href, location.href).pathname;
    var first = fieldsOf(form)[0];
    var id = form.id || (first && first.id) || '';
    return PREFIX + account() + '|' + address + (id ? '#' + id : '');
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      var type = field.tagName === 'TEXTAREA' ? 'textarea' : (field.type || '').toLowerCase();
      return field.name && TEXT.indexOf(type) >= 0 && !field.disabled && !field.readOnly;
    });
  }

  function typed(form) {
    var values = {};
    fieldsOf(form).forEach(function (field) { values[field.name] = field.value; });
    return values;
  }

  function sentByServer(form) {
    var values = {};
    fieldsOf(form).forEach(function (field) { values[field.name] = field.defaultValue; });
    return values;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  // Worth a copy only when some field holds words the server did not send: a field emptied (or left blank) is nothing
  // to restore, and restoring it would hide the saved text behind a blank after a refused correction is reloaded.
  function worthKeeping(values, server) {
    return Object.keys(values).some(function (name) {
      return values[name] !== server[name] && values[name].trim() !== '';
    });
  }

  function keep(form) {
    var values = typed(form);
    if (!worthKeeping(values, sentByServer(form))) {
      store(keyOf(form), null);
      return;
    }
    store(keyOf(form), { values: values, at: Date.now() });
  }

  // A note at the top of the form, read out politely; said again (role=alert and the focus) when something failed.
  function note(form, text, urgent) {
    var box = form.querySelector('.keep-typed-note');
    if (!box) {
      box = document.createElement('div');
      box.className = 'keep-typed-note';
      box.tabIndex = -1;
      box.setAttribute('role', 'status');
      form.insertAdjacentElement('afterbegin', box);
    }
    box.setAttribute('role', urgent ? 'alert' : 'status');
    var line = document.createElement('p');
    line.textContent = text;
    box.replaceChildren(line);
    if (urgent) {
      box.focus();
    }
    return box;
  }

  function restore(form) {
    var copy = read(keyOf(form));
    if (!copy) {
      return;
    }
    // the server has the same text: saved (an edit form), or shown back with a refusal, where the copy stays for a
    // reload (the page's address then reads the form afresh, empty)
    if (Date.now() - copy.at > KEEP_DAYS * 86400000 || (same(copy.values, sentByServer(form)) && !refused())) {
      store(keyOf(form), null);
      return;
    }
    if (same(copy.values, typed(form))) {
      return; // the server (a refused form) or the browser (Back) has put the same text back
    }
    fieldsOf(form).forEach(function (field) {
      if (Object.prototype.hasOwnProperty.call(copy.values, field.name)) {
        field.value = copy.values[field.name];
      }
    });
    var box = note(form, message('restored'), false);
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'link-button';
    discard.setAttribute('data-keep-discard', '');
    discard.textContent = message('discard');
    discard.addEventListener('click', function () {
      fieldsOf(form).forEach(function (field) { field.value = field.defaultValue; });
      store(keyOf(form), null);
      note(form, message('discarded'), false);
      var first = fieldsOf(form)[0];
      if (first) {
        first.focus();
      }
    });
    box.appendChild(discard);
  }

  // a page that shows a form refused, someone else's change, or an error
  function refused() {
    return !!document.querySelector('.error-page, #error-summary, .error-summary, .conflict-panel');
  }

  function isLoginPage() {
    return !!document.querySelector('form[action$="/login"] input[type=password]');
  }

  function cameBack() {
    var entries = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation') : [];
    return entries.length > 0 && entries[0].type === 'back_forward';
  }

  // What became of the form sent last: the page that follows a sent form says it. Its own form shown again with a
  // refusal, a conflict or an error page, the sign-in page (the session had ended), or a page reached with Back (from
  // the browser's "no connection" page): not saved, the copy stays. Any other page: saved, the copy goes.
  function settlePending(back) {
    var pending = read(PENDING);
    if (!pending) {
      return;
    }
    store(PENDING, null);
    if (Date.now() - pending.at > 600000 || isLoginPage() || back || cameBack()) {
      return;
    }
    if (!refused()) {
      store(pending.key, null);
      return;
    }
    // A refusal is drawn at the address the form was sent to: a reload would ask to send it again. Put the address of
    // the page the form was on in the bar, as puente.js does with an address the server names (FormSubmission.shownAt,
    // which wins): a reload then reads that page, and the copy above puts the text back in its form.
    if (pending.page && !document.body.hasAttribute('data-address') && window.history.replaceState) {
      history.replaceState(null, '', pending.page);
    }
  }

  // Signing out on a shared computer (a ministry's, an airport's) leaves nothing of what was typed: this account's
  // copies, the note of a form on its way, the questionnaire's copies (consultations.js, kept per country, not per
  // account) and the amendment copies an older drafting.js kept.
  function forgetAll() {
    var mine = PREFIX + account() + '|';
    try {
      Object.keys(localStorage).filter(function (key) {
        return key.indexOf(mine) === 0 || key === PENDING || key.indexOf('puente.consultations.') === 0
          || key.indexOf('puente.drafting.') === 0;
      }).forEach(function (key) { localStorage.removeItem(key); });
    } catch (e) { /* storage disabled: nothing was kept */ }
  }

  function kept(form) {
    return form && form.hasAttribute && form.hasAttribute('data-keep-typed');
  }

  document.addEventListener('input', function (event) {
    if (kept(event.target.form)) {
      keep(event.target.form);
    }
  });

  // Sent while the browser knows it has no connection: nothing is sent, the person is told, the text stays. (A server
  // out of reach is only known after the browser's own error page; Back then brings the copy.) Capture, so that this
  // runs before puente.js marks the form as being sent.
  window.addEventListener('submit', function (event) {
    var form = event.target;
    if (/\/logout$/.test(new URL(form.getAttribute('action') || location.href, location.href).pathname)) {
      forgetAll();
      return;
    }
    if (!kept(form) || form.hasAttribute('data-hx-post')) {
      return;
    }
    keep(form);
    if (navigator.onLine === false) {
      event.preventDefault();
      event.stopImmediatePropagation();
      note(form, message('offline'), true);
      return;
    }
    store(PENDING, { key: keyOf(form), at: Date.now(), page: location.pathname + location.search });
  }, true);

  // Forms sent by htmx: a failed request (no answer, or an error status) swaps nothing; say so, keep the text.
  // Only a request of the form itself or of one of its controls: the amendment's draft, saved from a line inside its
  // form, has its own notices (drafting.js), and its save is not the amendment sent.
  function sentForm(event) {
    var elt = event.detail && event.detail.elt;
    return elt && (elt.tagName === 'FORM' ? elt : elt.form);
  }

  function failed(event) {
    var form = sentForm(event);
    if (kept(form)) {
      note(form, message(event.type === 'htmx:sendError' ? 'offline' : 'failed'), true);
    }
  }
  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = sentForm(event);
    var xhr = event.detail.xhr;
    if (kept(form) && event.detail.successful && xhr && xhr.responseURL.indexOf('/login') < 0) {
      store(keyOf(form), null);
    }
  });

  function start(back) {
    settlePending(back === true);
    document.querySelectorAll('form[data-keep-typed]').forEach(restore);
  }

  document.addEventListener('DOMContentLoaded', start);
  // a page brought back whole from the browser's cache (Back) runs no DOMContentLoaded
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      start(true);
    }
  });
})();
