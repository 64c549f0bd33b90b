// Never lose what was typed (docs/walkthrough-2026-12-05-typed-text.md). A form marked data-keep-typed keeps a copy of
// what was typed and chosen in it in this browser (localStorage, never sent anywhere) from the first key pressed until
// the server has taken it: an ended session, a dropped connection, a reload or a Back no longer empty the form. The copy
// is keyed by the account and the form's address, holds only the fields that differ from what the server sent, and is
// put back when the form is shown again, with a polite note and a button to discard it. Passwords, hidden fields (a
// record's version) and files are never copied; choices (selects, radios, checkboxes) are, as text is: an amendment's
// kind and country, a questionnaire's choices and scales.
// Forms that save field by field (the questionnaire: htmx sends each answer a moment after typing stops) are kept by
// the same copy: a field's save the server confirms makes what it sent the server's, and the copy keeps only what is
// still unsaved. A field put back gets a "restored" event (the questionnaire's fields save on it at once), with the
// version its text started from (a field names its record's version field: data-keep-version), so that a colleague's
// save in between is a conflict the person sees and settles, not an answer silently replaced.
(function () {
  'use strict';
  var PREFIX = 'puente.keep.';
  var PENDING = 'puente.keep.pending';
  // how long a copy is kept: the page says it (web.KeptTyped), as its note does in words (layout.keep.keptSince)
  var KEEP_DAYS = Number(document.body.getAttribute('data-keep-days'));
  var TEXT = ['text', 'email', 'url', 'tel', 'textarea']; // not search: a meeting picker's box only filters a list
  var CHOICE = ['select-one', 'select-multiple', 'radio', 'checkbox'];
  // typed as text is, though a picker may give it: a meeting's date, a deadline corrected in a review, a number (a
  // date lost on a reload left the minutes' upload to be refused for a missing date, walk18 #1)
  var TYPED = TEXT.concat(['date', 'time', 'datetime-local', 'month', 'week', 'number']);
  var SIGNED_OUT_HOURS = 24;

  // a form may say it in its own words (the questionnaire: what is put back is saved at once)
  function message(name, form) {
    return (form && form.getAttribute('data-msg-keep-' + name)) || document.body.getAttribute('data-msg-keep-' + name) || '';
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
    var first = fieldsOf(form).filter(function (field) { return TEXT.indexOf(kindOf(field)) >= 0; })[0];
    var id = form.id || (first && first.id) || '';
    return PREFIX + account() + '|' + address + (id ? '#' + id : '');
  }

  function kindOf(field) {
    return field.tagName === 'TEXTAREA' ? 'textarea' : (field.type || '').toLowerCase();
  }

  function keptField(field) {
    var kind = kindOf(field);
    return field.name && (TYPED.indexOf(kind) >= 0 || CHOICE.indexOf(kind) >= 0) && !field.disabled && !field.readOnly;
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, keptField);
  }

  // A field's value, as typed or chosen (now) or as the server sent it (server): a text, the option or radio chosen,
  // the checkboxes or options chosen.
  function valuesOf(fields, server) {
    var values = {};
    fields.forEach(function (field) {
      var kind = kindOf(field);
      if (kind === 'radio' || kind === 'checkbox') {
        var on = server ? field.defaultChecked : field.checked;
        if (kind === 'radio') {
          values[field.name] = on ? field.value : (values[field.name] || '');
        } else {
          values[field.name] = (values[field.name] || []).concat(on ? [field.value] : []);
        }
      } else if (kind.indexOf('select') === 0) {
        var chosen = Array.prototype.filter.call(field.options, function (option, i) {
          return server ? (option.defaultSelected || (kind === 'select-one' && i === 0
            && !Array.prototype.some.call(field.options, function (o) { return o.defaultSelected; }))) : option.selected;
        }).map(function (option) { return option.value; });
        values[field.name] = kind === 'select-one' ? (chosen[0] || '') : chosen;
      } else {
        values[field.name] = server ? field.defaultValue : field.value;
      }
    });
    return values;
  }

  function typed(form) {
    return valuesOf(fieldsOf(form), false);
  }

  function sentByServer(form) {
    return valuesOf(fieldsOf(form), true);
  }

  // Gives a field a value: the one shown (put back), or the server's (server: its default, what a reload would show).
  function give(field, value, server) {
    var kind = kindOf(field);
    function has(one) {
      return Array.isArray(value) ? value.indexOf(one) >= 0 : value === one;
    }
    if (kind === 'radio' || kind === 'checkbox') {
      field[server ? 'defaultChecked' : 'checked'] = has(field.value);
    } else if (kind.indexOf('select') === 0) {
      Array.prototype.forEach.call(field.options, function (option) {
        option[server ? 'defaultSelected' : 'selected'] = has(option.value);
      });
    } else {
      field[server ? 'defaultValue' : 'value'] = value;
    }
  }

  function put(field, value) {
    field.puenteChosen = true;
    give(field, value, false);
  }

  // What the server now has for these fields (a field's save was confirmed): what they held when it was sent.
  function nowTheServers(fields, values) {
    fields.forEach(function (field) { give(field, values[field.name], true); });
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  // The fields whose value is not the server's; a copy keeps only these, so that putting it back never covers an
  // answer the server got meanwhile (another focal point's) with an older view of it.
  function changed(values, server) {
    var out = {};
    Object.keys(values).forEach(function (name) {
      if (!same(values[name], server[name])) {
        out[name] = values[name];
      }
    });
    return out;
  }

  // Worth a copy only when some field holds words the server did not send, or another choice: a field emptied (or
  // left blank) is nothing to restore, and restoring it would hide the saved text behind a blank after a refused
  // correction is reloaded.
  function worthKeeping(values) {
    return Object.keys(values).some(function (name) {
      return typeof values[name] !== 'string' || values[name].trim() !== '';
    });
  }

  // A choice is the person's only once they made it (an input or change event; or it was put back): a script that
  // sets a select when the page comes (a time zone guessed from the browser) is not something typed, and would make a
  // copy of nothing.
  function chosenByThePerson(form) {
    var names = [];
    fieldsOf(form).forEach(function (field) {
      if (field.puenteChosen && names.indexOf(field.name) < 0) {
        names.push(field.name);
      }
    });
    return names;
  }

  function keep(form) {
    var values = changed(typed(form), sentByServer(form));
    var chosen = chosenByThePerson(form);
    fieldsOf(form).forEach(function (field) {
      if (TYPED.indexOf(kindOf(field)) < 0 && chosen.indexOf(field.name) < 0) {
        delete values[field.name];
      }
    });
    if (!worthKeeping(values)) {
      store(keyOf(form), null);
      return;
    }
    var versions = {};
    Object.keys(values).forEach(function (name) {
      var version = versionField(form, name);
      if (version) {
        versions[name] = version.value;
      }
    });
    store(keyOf(form), { values: values, versions: versions, at: Date.now() });
  }

  // The hidden field holding the version of the record a field's text started from (the questionnaire's answer):
  // named by the field, or by the element that saves it (a choice question's fieldset). Looked up by id each time: a
  // confirmed save puts a new one in its place.
  function versionField(form, name) {
    var field = fieldsOf(form).filter(function (one) { return one.name === name; })[0];
    var owner = field && field.closest('[data-keep-version]');
    return owner ? document.getElementById(owner.getAttribute('data-keep-version')) : null;
  }

  // Put back with a text, the version it started from; given the page's again, the page's version (discarded).
  function giveVersions(form, names, versions) {
    names.forEach(function (name) {
      var version = versionField(form, name);
      if (version && versions && Object.prototype.hasOwnProperty.call(versions, name)) {
        version.value = versions[name];
      }
    });
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
    var server = sentByServer(form);
    var names = Object.keys(copy.values).filter(function (name) {
      return Object.prototype.hasOwnProperty.call(server, name);
    });
    var unsaved = names.filter(function (name) { return !same(copy.values[name], server[name]); });
    // the server has the same text: saved (an edit form, an answer), or shown back with a refusal, where the copy
    // stays for a reload (the page's address then reads the form afresh, empty)
    if (Date.now() - copy.at > KEEP_DAYS * 86400000 || (unsaved.length === 0 && !refused())) {
      store(keyOf(form), null);
      return;
    }
    var now = typed(form);
    var back = names.filter(function (name) { return !same(copy.values[name], now[name]); });
    // What is put back is saved with the version it was typed on, not the freshly loaded page's: had another focal
    // point saved this answer meanwhile, the page's version is theirs, and the save would replace their answer
    // unseen. With the old one the server refuses (409) and shows both; nobody saved between: it saves at once.
    var pageVersions = {};
    unsaved.forEach(function (name) {
      var version = versionField(form, name);
      if (version) {
        pageVersions[name] = version.value;
      }
    });
    giveVersions(form, unsaved, copy.versions);
    fieldsOf(form).forEach(function (field) {
      if (back.indexOf(field.name) >= 0) {
        put(field, copy.values[field.name]);
      }
    });
    // put back here or by the browser (Back): either way the server has not got it, and a form that saves field by
    // field saves it now
    announce(form, unsaved);
    if (back.length === 0) {
      return; // the server (a refused form) or the browser (Back) has put the same text back
    }
    var box = note(form, message('restored', form), false);
    typedAt(box.firstChild, copy);
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'link-button';
    discard.setAttribute('data-keep-discard', '');
    discard.textContent = message('discard', form);
    discard.addEventListener('click', function () {
      // what the server had when the page came (a field saving itself has already sent what was put back)
      fieldsOf(form).forEach(function (field) {
        if (back.indexOf(field.name) >= 0) {
          put(field, server[field.name]);
        }
      });
      // the server's text, with the server's version: sending it back is no conflict with anyone
      giveVersions(form, back, pageVersions);
      store(keyOf(form), null);
      announce(form, back);
      note(form, message('discarded', form), false);
      var first = fieldsOf(form)[0];
      if (first) {
        first.focus();
      }
    });
    box.appendChild(discard);
  }

  // When the text put back was last typed, in the reader's language and zone (as puente.js shows a save's moment):
  // a copy of days ago is read with other eyes than one of a minute ago. Where the browser cannot say a moment in the
  // reader's language (no Intl, or not that language), the note keeps the server's words alone, as it did before it
  // told the moment. A copy adopted from an older script has no moment of its own (untimed): the note says since when
  // this browser has kept it instead (its 'at', the day it was first seen, from which it is kept KEEP_DAYS).
  function typedAt(line, copy) {
    var words = message(copy.untimed ? 'kept-since' : 'typed-at').split('{time}');
    var shown = moment(copy.at);
    if (words.length !== 2 || !shown) {
      return;
    }
    var time = document.createElement('time');
    time.dateTime = new Date(copy.at).toISOString();
    time.textContent = shown;
    line.append(' ' + words[0], time, words[1]);
  }

  function moment(at) {
    if (!at || typeof Intl === 'undefined' || typeof Intl.DateTimeFormat !== 'function') {
      return null;
    }
    try {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    } catch (e) {
      return null; // a language or a style this browser's Intl does not know
    }
  }

  // A "restored" event for each field given a value the server has not got: on the element that saves it (the
  // questionnaire's answer, a choice question's fieldset), else on the field. After htmx has wired the page.
  function announce(form, names) {
    var targets = [];
    fieldsOf(form).forEach(function (field) {
      if (names.indexOf(field.name) < 0) {
        return;
      }
      var saver = field.closest('[data-hx-post]');
      var target = saver && saver !== form && form.contains(saver) ? saver : field;
      if (targets.indexOf(target) < 0) {
        targets.push(target);
      }
    });
    setTimeout(function () {
      targets.forEach(function (target) { target.dispatchEvent(new Event('restored', { bubbles: true })); });
    }, 0);
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
  // copies, the note of a form on its way, and the copies older scripts kept (the questionnaire's, per country; the
  // amendment's).
  function forgetAll() {
    var mine = PREFIX + account() + '|';
    forget(function (key) { return key.indexOf(mine) === 0 || key === PENDING || legacy(key); });
  }

  function forget(which) {
    try {
      Object.keys(localStorage).filter(which).forEach(function (key) { localStorage.removeItem(key); });
    } catch (e) { /* storage disabled: nothing was kept */ }
  }

  // The copies the questionnaire's and the amendment's own scripts kept before keep-typed.js kept those forms too:
  // the questionnaire's one per answer, 'puente.consultations.<questionnaire>.<country>.<field id>' holding
  // {value, at}; the amendment's one per paragraph, 'puente.drafting.<paragraph>' holding the fields by name. Text
  // typed before the update lives there: such a copy becomes its form's copy the first time the form is shown
  // (adopt), and goes then, at sign-out, or once as old as any copy may be (KEEP_DAYS): the questionnaire's from when
  // they were typed; the amendment's, which say not when, from the day this browser first saw them (tidy stamps a
  // 'seen' moment on them), so that one whose form is never opened again does not stay for ever.
  var LEGACY = ['puente.consultations.', 'puente.drafting.'];

  // when an older copy was typed, else since when this browser has kept it (0: neither known yet)
  function keptSince(old) {
    return (old && (old.at || old.seen)) || 0;
  }

  function legacy(key) {
    return LEGACY.some(function (prefix) { return key.indexOf(prefix) === 0; });
  }

  // A form names the older copies that are its own by the start of their keys (data-keep-legacy): the questionnaire
  // its questionnaire and the answering country, so that one country's text is never put in another's form.
  function adopt(form) {
    var prefix = form.getAttribute('data-keep-legacy');
    var keys = [];
    try {
      keys = prefix && account() ? Object.keys(localStorage).filter(function (key) {
        return key.indexOf(prefix) === 0 && legacy(key);
      }) : [];
    } catch (e) { /* storage disabled: nothing was kept */ }
    if (keys.length === 0) {
      return;
    }
    var values = {};
    var at = 0;
    var seen = 0;
    keys.forEach(function (key) {
      var old = read(key);
      if (old && typeof old === 'object' && Object.prototype.hasOwnProperty.call(old, 'value')) {
        answerOf(document.getElementById(key.substring(prefix.length)), old.value, values);
        at = Math.max(at, old.at || 0);
      } else if (old && typeof old === 'object' && offered(form, old.proponent)) {
        Object.keys(old).forEach(function (name) {
          if (typeof old[name] === 'string') {
            values[name] = old[name];
          }
        });
        seen = Math.max(seen, keptSince(old));
      }
    });
    // a copy of the new kind is newer than any older script's: it stays as it is. One without a moment of its own
    // keeps the day it was first seen: its KEEP_DAYS are counted from then, not started again now.
    if (!read(keyOf(form)) && worthKeeping(values)) {
      store(keyOf(form), { values: values, versions: {}, at: at || seen || Date.now(), untimed: !at });
    }
    keys.forEach(function (key) { store(key, null); });
  }

  // The amendment's older copies are keyed by paragraph alone, with no account or country in the key: on a shared
  // computer the copy may be another country's unsent amendment. It is put back only where the one it was typed for
  // (its proponent) is among those this form lets the person speak for; any other is deleted unread, as before.
  function offered(form, proponent) {
    var select = form.querySelector('select[name="proponent"]');
    return typeof proponent === 'string' && proponent !== '' && !!select
      && Array.prototype.some.call(select.options, function (option) { return option.value === proponent; });
  }

  // One answer of the questionnaire's older copies, by the field it was typed in: a text, or the options chosen in a
  // choice question's fieldset (one for radios, a list for checkboxes, as valuesOf reads them).
  function answerOf(field, value, values) {
    if (!field) {
      return; // a question the questionnaire no longer has
    }
    if (keptField(field)) {
      values[field.name] = value;
      return;
    }
    var inputs = Array.prototype.filter.call(field.querySelectorAll('input'), keptField);
    if (inputs.length > 0 && Array.isArray(value)) {
      values[inputs[0].name] = kindOf(inputs[0]) === 'radio' ? (value[0] || '') : value;
    }
  }

  // A session the server ended (a timeout, the password changed elsewhere, an administrator disabling the account)
  // leaves no sign-out behind, so every page says who is signed in (the account's name in the header, or nobody) and
  // the copies are sorted on each page load:
  // - someone signed in: the copies of every other account, and those typed while nobody was signed in, go. The person
  //   at the keyboard is not the one who typed them (person B never sees A's copy: copies are keyed by account; and A's
  //   words do not stay on a computer B now uses).
  // - nobody signed in (the sign-in page, a public page): the copies stay, for a day after they were last typed in.
  //   The browser cannot tell a timeout from an ended session, and the commonest case is the person whose session
  //   timed out (8 idle hours) signing in again to send what they typed, that morning or the next: their copy is
  //   there then. A day bounds what a shared computer holds when no one comes back.
  function tidy() {
    var me = account();
    var now = Date.now();
    forget(function (key) {
      if (legacy(key)) {
        var old = read(key);
        if (old && typeof old === 'object' && !keptSince(old)) {
          old.seen = now; // first seen now: kept KEEP_DAYS from today (a number, never read as a field)
          store(key, old);
        }
        return !!(old && typeof old === 'object' && now - keptSince(old) > KEEP_DAYS * 86400000);
      }
      if (key.indexOf(PREFIX) !== 0 || key === PENDING) {
        return false;
      }
      var owner = key.substring(PREFIX.length, key.indexOf('|'));
      if (owner === me) {
        return false;
      }
      if (me !== '') {
        return true;
      }
      var copy = read(key);
      return !copy || now - copy.at > SIGNED_OUT_HOURS * 3600000;
    });
  }

  function kept(form) {
    return form && form.hasAttribute && form.hasAttribute('data-keep-typed');
  }

  // (change too: a select or a radio chosen with the keyboard; and keep-typed:changed, sent by a script that put a
  // value of the server's in a field, as the questionnaire's "use theirs")
  ['input', 'change', 'keep-typed:changed'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var form = event.target.form || (event.target.closest && event.target.closest('form'));
      if (event.type !== 'keep-typed:changed' && CHOICE.indexOf(kindOf(event.target)) >= 0) {
        event.target.puenteChosen = true;
      }
      if (kept(form)) {
        keep(form);
      }
    });
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
  // form, has its own notices (drafting.js), and its save is not the amendment sent; a field saving itself (the
  // questionnaire's answers) has its own notices too, and its confirmed save only makes its value the server's.
  function sentForm(event) {
    var elt = event.detail && event.detail.elt;
    return elt && (elt.tagName === 'FORM' ? elt : elt.form);
  }

  // the fields a request of one part of a kept form saves: the element's own, or those of the field it names (a
  // conflict's "save mine instead" button), with what they held when it was sent (typing may go on meanwhile)
  function partOf(elt) {
    if (!elt || elt.tagName === 'FORM' || !elt.getAttribute) {
      return null;
    }
    var named = elt.getAttribute('data-autosave-field');
    var target = named ? document.getElementById(named) : elt;
    var form = target && (target.form || target.closest('form'));
    if (!kept(form)) {
      return null;
    }
    var fields = keptField(target) ? [target]
      : Array.prototype.filter.call(target.querySelectorAll('input, select, textarea'), keptField);
    return fields.length ? { form: form, fields: fields, values: valuesOf(fields, false) } : null;
  }

  function partial(event) {
    return !!(event.detail && event.detail.xhr && event.detail.xhr.puenteKept);
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var part = partOf(event.detail.elt);
    if (part && event.detail.xhr) {
      event.detail.xhr.puenteKept = part;
    }
  });

  function failed(event) {
    var form = sentForm(event);
    if (kept(form) && !partial(event)) {
      note(form, message(event.type === 'htmx:sendError' ? 'offline' : 'failed', form), true);
    }
  }
  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = sentForm(event);
    var xhr = event.detail.xhr;
    var answered = xhr && xhr.status >= 200 && xhr.status < 300 && xhr.responseURL.indexOf('/login') < 0;
    if (partial(event)) {
      // a refusal of ours (422, 409) is shown as handled by the page's script, but the server did not take the text
      if (answered) {
        nowTheServers(xhr.puenteKept.fields, xhr.puenteKept.values);
        keep(xhr.puenteKept.form);
      }
      return;
    }
    if (kept(form) && event.detail.successful && answered) {
      store(keyOf(form), null);
    }
  });

  function start(back) {
    tidy();
    settlePending(back === true);
    document.querySelectorAll('form[data-keep-typed]').forEach(function (form) {
      adopt(form);
      restore(form);
    });
  }

  document.addEventListener('DOMContentLoaded', start);
  // a page brought back whole from the browser's cache (Back) runs no DOMContentLoaded
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      start(true);
    }
  });
})();
