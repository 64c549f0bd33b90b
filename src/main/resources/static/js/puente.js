// Small progressive enhancements; every page works without this file.
// The box that says why a submit was refused: the form's error summary, or the reason a page gives beside the part
// that was refused (a review's agreement far down the page, minutes already in Puente, a search refused).
function refusalBox() {
  return document.getElementById('error-summary') || document.querySelector('.error-summary[tabindex="-1"]');
}

document.addEventListener('DOMContentLoaded', function () {
  // After a refused submit, move focus (and so the view) to it, so that screen readers announce it and nobody
  // is left at the top of a long page wondering whether anything happened.
  var summary = refusalBox();
  if (summary) {
    summary.focus();
  }
});

// A change saved: the page its redirect leads to says so at the top of the main content (layout.html's #flash, a status
// region). Present when the page loads, it was read by no screen reader, and the focus stayed on the page itself, the
// view often far below it at the record changed (a proposal's session, a review's agreement; walk17 #10, walk13 #21
// for the review). Once the page has loaded (the browser's own scroll to a fragment is done by then), the
// announcement takes the focus, as a refusal's summary does; a refusal, when there is one, keeps it.
window.addEventListener('load', function () {
  var flash = document.getElementById('flash');
  if (flash && !refusalBox()) {
    flash.focus();
  }
});

// A refused form shown from the address it was sent to names the page's own address: put there, a reload reads the
// page instead of asking to send the form again (FormSubmission.shownAt). Only once the page has loaded: an address
// with a fragment (#item-i3) given earlier is scrolled to at the load, and Chrome then takes the focus away from the
// refusal the screen reader was told about.
window.addEventListener('load', function () {
  var address = document.body.getAttribute('data-address');
  if (address && window.history.replaceState) {
    window.history.replaceState(null, '', address);
  }
});

// The main navigation's menu (layout.html) is closed in the markup and shown open by the CSS where its button is
// hidden, a wide screen. Open it there in the markup too, so that what tools take for hidden (WebDriver's link text and
// clicks, a reader's extensions) is what shows; closed again when the screen narrows and the button shows.
document.addEventListener('DOMContentLoaded', function () {
  var menu = document.querySelector('.site-menu');
  if (!menu || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia('(max-width: 48rem)');
  var follow = function () {
    menu.open = getComputedStyle(menu.querySelector('summary')).display === 'none';
  };
  follow();
  if (narrow.addEventListener) {
    narrow.addEventListener('change', follow);
  }
});

// The meeting picker: its search box needs JavaScript, so it is shown only here. Enter searches instead of sending
// the form, and the down arrow moves to the list.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-picker-search]').forEach(function (box) {
    box.hidden = false;
    var input = box.querySelector('input');
    input.addEventListener('keydown', function (event) {
      var picker = box.closest('.meeting-picker');
      if (event.key === 'Enter') {
        event.preventDefault();
        input.dispatchEvent(new Event('search'));
      }
      else if (event.key === 'ArrowDown' && picker) {
        var radio = picker.querySelector('.picker-options input:checked') || picker.querySelector('.picker-options input');
        if (radio) {
          event.preventDefault();
          radio.focus();
        }
      }
    });
  });
  // Copy buttons: copy the field's text and say so.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var field = document.querySelector(button.getAttribute('data-copy'));
      var status = button.closest('.field') && button.closest('.field').querySelector('[data-copy-status]');
      var done = function () {
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      }
      else {
        field.select();
        document.execCommand('copy');
        done();
      }
    });
  });
  // A page without an error to announce starts in the field marked autofocus (the sign-in form's user name).
  if (!refusalBox()) {
    var first = document.querySelector('[autofocus]');
    if (first) {
      first.focus();
    }
  }
});

// A file over Puente's upload limit is refused as soon as it is chosen, with the limit and what to do, instead of after
// minutes of sending it on a slow connection; the field is emptied so the form cannot send it.
document.addEventListener('change', function (event) {
  var input = event.target;
  var limit = Number(document.body.getAttribute('data-upload-limit'));
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !limit) {
    return;
  }
  var message = document.getElementById(input.id + '-too-large');
  var tooLarge = Array.prototype.find.call(input.files || [], function (file) { return file.size > limit; });
  if (!tooLarge) {
    if (message) {
      message.remove();
    }
    return;
  }
  if (!message) {
    message = document.createElement('p');
    message.id = input.id + '-too-large';
    message.className = 'error-message';
    message.setAttribute('role', 'alert');
    input.insertAdjacentElement('beforebegin', message);
  }
  message.textContent = document.body.getAttribute('data-upload-too-large').replace('{name}', tooLarge.name);
  input.value = '';
  var described = input.getAttribute('aria-describedby') || '';
  if (described.split(' ').indexOf(message.id) < 0) {
    input.setAttribute('aria-describedby', (described + ' ' + message.id).trim());
  }
});

// "Back to the form" after a refused upload goes back in the history, where the browser keeps what was typed.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('[data-history-back]');
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// A refusal's line about a group of choices (a questionnaire's conferences, a meeting's countries) links to the group's
// fieldset, which takes no focus: following it by keyboard left the focus on the page itself (walk of 5 December,
// evening). The group's first control takes it instead, as a field's line gives it to the field.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('.error-summary a[href^="#"]');
  var group = link && document.getElementById(link.getAttribute('href').slice(1));
  if (!group || group.tagName !== 'FIELDSET') {
    return;
  }
  var first = group.querySelector(
    'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])');
  if (first) {
    event.preventDefault();
    group.scrollIntoView();
    first.focus();
  }
});

// A form sent is not sent again while its answer is on its way: on a slow connection a second click saved the same
// progress twice, or answered "someone else changed this" about the person's own first click. Only plain posts: htmx
// and the flows upload send their own (they prevent the browser's). Marked busy, the button shows it is working; the
// mark is lifted when the page comes back from the history, and after 20 s for an answer that never comes. No post
// answers with a file, whose answer would bring no next page to lift it: downloads are links (FormAnswersTests).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || (form.getAttribute('method') || 'get').toLowerCase() !== 'post') {
    return;
  }
  if (form.hasAttribute('data-sending')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sending', '');
  form.setAttribute('aria-busy', 'true');
  // …and, when the answer is slow to come (walk 20: 3.6 s for a sign-in at 400 kbit/s and 400 ms), a sentence beside
  // the button says so: the busy cursor alone told a keyboard user nothing, the press seemed lost
  var button = event.submitter || form.querySelector('button[type="submit"], input[type="submit"]');
  form.puenteSlow = setTimeout(function () { sendingNote(form, button); }, 1000);
  setTimeout(function () { release(form); }, 20000);
});

function sendingNote(form, button) {
  if (!form.hasAttribute('data-sending') || !button || !button.isConnected) {
    return;
  }
  var note = document.createElement('span');
  note.className = 'sending-note';
  note.setAttribute('role', 'status');
  button.setAttribute('aria-disabled', 'true');
  button.insertAdjacentElement('afterend', note);
  // the text after the region is in the page: a status region born with its text is not read by every screen reader
  setTimeout(function () { note.textContent = document.body.getAttribute('data-msg-sending'); }, 50);
  form.puenteSending = { note: note, button: button };
}

function release(form) {
  clearTimeout(form.puenteSlow);
  form.removeAttribute('data-sending');
  form.removeAttribute('aria-busy');
  if (form.puenteSending) {
    // (a button may sit outside its form, tied to it by form="…": the note follows the button)
    form.puenteSending.note.remove();
    form.puenteSending.button.removeAttribute('aria-disabled');
    form.puenteSending = null;
  }
}

window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sending]').forEach(release);
});

// A list's filters that htmx sends (the agreement board, the meetings): when the answer never comes (the connection
// dropped) or is an error, htmx swaps nothing, and the old results stayed under the new filters without a word. Now
// a sentence under the filters says so, read out by screen readers, until a later filtering succeeds.
function filtersOf(event) {
  var detail = event.detail || {};
  var elt = (detail.requestConfig && detail.requestConfig.elt) || detail.elt;
  return elt && elt.closest ? elt.closest('form[data-hx-get]') : null;
}

function filtersFailed(event) {
  var form = filtersOf(event);
  if (!form) {
    return;
  }
  var message = document.getElementById('filters-failed');
  if (!message) {
    message = document.createElement('p');
    message.id = 'filters-failed';
    message.className = 'error-message';
    message.setAttribute('role', 'alert');
    form.insertAdjacentElement('afterend', message);
  }
  message.textContent = document.body.getAttribute('data-msg-filters-failed');
}

document.addEventListener('htmx:sendError', filtersFailed);
document.addEventListener('htmx:responseError', filtersFailed);
document.addEventListener('htmx:afterSwap', function (event) {
  var message = document.getElementById('filters-failed');
  if (message && filtersOf(event)) {
    message.remove();
  }
});

// A language that follows a country (a new account's): while the person has not chosen one, choosing the country
// shows its language (Brazil, português); once the person picks a language it stays. Without this file the field
// stays "the country's" and the server says which on save.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-follows]').forEach(function (language) {
    var country = document.getElementById(language.getAttribute('data-follows'));
    var chosen = language.value !== '';
    if (!country) {
      return;
    }
    language.addEventListener('change', function () {
      chosen = true;
    });
    country.addEventListener('change', function () {
      var option = country.options[country.selectedIndex];
      if (!chosen) {
        language.value = (option && option.getAttribute('data-language')) || '';
      }
    });
  });
});

// An expert proposed for a session she did not name: said under the list as the expert or the session is chosen (a
// warning, not a refusal: the conferences may allow it; the proposal is then marked for the secretariat).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-sessions-warning]').forEach(function (expert) {
    var warning = document.getElementById(expert.getAttribute('data-sessions-warning'));
    var session = expert.form && expert.form.querySelector('select[name="session"]');
    if (!warning || !session) {
      return;
    }
    var say = function () {
      var option = expert.options[expert.selectedIndex];
      var named = option && option.getAttribute('data-sessions') ? option.getAttribute('data-sessions').split(' ') : [];
      var outside = named.length > 0 && session.value !== '' && named.indexOf(session.value) < 0;
      warning.textContent = outside ? warning.getAttribute('data-message')
        .replace('{name}', option.getAttribute('data-name')).replace('{session}', session.value)
        .replace('{sessions}', named.join(', ')) : '';
    };
    expert.addEventListener('change', say);
    session.addEventListener('change', say);
    say();
  });
});

// Times the server wrote in its own zone, shown in the reader's (<time data-local-time datetime="…Z">): the time alone
// for a save just made ("Saved at 20:25"), the date and the time for one that may be of another day
// (data-local-time="moment": "Saved by … on 4 Dec 2026, 20:25"). Used by the consultations' and the drafting's
// autosave; without scripts the server's clock stays, its zone named ("20:25 (UTC)", DateFormats.clockZoned).
function localTimes(root) {
  var lang = document.documentElement.lang || undefined;
  root.querySelectorAll('time[data-local-time]').forEach(function (time) {
    var at = new Date(time.getAttribute('datetime'));
    if (isNaN(at)) {
      return;
    }
    time.textContent = time.getAttribute('data-local-time') === 'moment'
      ? at.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' })
      : at.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  });
}
document.addEventListener('DOMContentLoaded', function () { localTimes(document); });
document.addEventListener('htmx:afterSwap', function (event) { localTimes(event.detail.target); });

// The browser's time zone, told to Puente once (a cookie, ReaderZone): from the next page on, meeting times are also
// shown where the reader is ("11:30 (hora de Buenos Aires, UTC−3); 09:30 (hora de Panamá, UTC−5)"). Written again
// only when it changes (a laptop that travelled); an account's own zone, set at sign-in, wins over it.
(function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  var value = encodeURIComponent(zone);
  if (document.cookie.split('; ').indexOf('puente-browser-zone=' + value) < 0) {
    document.cookie = 'puente-browser-zone=' + value + '; path=/; max-age=31536000; samesite=lax';
  }
})();

// A table wider than the screen (a phone, text enlarged to 200 %) scrolls inside its own box instead of making the
// whole page scroll sideways (WCAG 1.4.10; walk 15: at 1280 px with text at 200 % the agreement board reached 51 px
// beyond the screen). Each table gets a box; while the box has something to scroll it is a region named by the
// table's caption (or the heading before it) that the Tab key reaches, so a keyboard can scroll it with the arrows;
// while it fits it is no stop at all. Boxes written in a template with their own name (the review's dates, the
// glossary's matrix) are kept as they are. Without this file a table scrolls inside itself on a narrow screen (CSS).
var TABLE_BOXES = '.table-scroll, .review-dates-scroll, .matrix-wrap';
var tableNames = 0;
var tableBoxesSeen = window.ResizeObserver ? new ResizeObserver(function (entries) {
  entries.forEach(function (entry) { fitTableBox(entry.target.closest(TABLE_BOXES)); });
}) : null;
function idOf(element) {
  if (!element.id) { element.id = 'table-name-' + (++tableNames); }
  return element.id;
}
// the nearest heading before an element in the page
function headingBefore(element) {
  for (var node = element; node && node !== document.body; node = node.parentElement) {
    for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
      var headings = /^H[1-6]$/.test(before.tagName) ? [before] : before.querySelectorAll('h1, h2, h3, h4, h5, h6');
      if (headings.length) { return headings[headings.length - 1]; }
    }
  }
  return null;
}
// The ids that name a table's box: its caption, or the heading before it. Two regions of one name cannot be told apart
// in a screen reader's list (axe landmark-unique): a caption another table of the page has too (a round's "CRM: 2 of 3
// places" in each session) comes after the name of the section it is in, or the heading before it.
function tableName(table) {
  var caption = table.caption;
  var box = table.parentElement;
  if (!caption) {
    var heading = headingBefore(box);
    return heading ? idOf(heading) : null;
  }
  var text = caption.textContent.trim();
  var alike = Array.prototype.some.call(document.querySelectorAll('table.table > caption'), function (other) {
    return other !== caption && other.textContent.trim() === text;
  });
  if (!alike) { return idOf(caption); }
  var section = box.closest('section[aria-labelledby]');
  var heading = section ? null : headingBefore(box);
  var context = section ? section.getAttribute('aria-labelledby') : heading ? idOf(heading) : null;
  return (context ? context + ' ' : '') + idOf(caption);
}
function fitTableBox(box) {
  if (!box || box.hasAttribute('tabindex') && !box.hasAttribute('data-table-box')) { return; }
  box.setAttribute('data-table-box', '');
  var table = box.querySelector('table');
  if (box.scrollWidth > box.clientWidth + 1) {
    var names = tableName(table);
    box.setAttribute('tabindex', '0');
    if (names) {
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', names);
    }
  }
  else {
    ['tabindex', 'role', 'aria-labelledby'].forEach(function (name) { box.removeAttribute(name); });
  }
}
function tableBoxes(root) {
  var tables = root.matches && root.matches('table.table') ? [root] : root.querySelectorAll('table.table');
  Array.prototype.forEach.call(tables, function (table) {
    var box = table.parentElement;
    if (!box.matches(TABLE_BOXES)) {
      box = document.createElement('div');
      box.className = 'table-scroll';
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    }
    fitTableBox(box);
    if (tableBoxesSeen) {
      tableBoxesSeen.observe(box);
      tableBoxesSeen.observe(table);
    }
  });
}
document.addEventListener('DOMContentLoaded', function () { tableBoxes(document); });
document.addEventListener('htmx:afterSettle', function (event) { tableBoxes(event.detail.elt); });

// A control half outside the box that scrolls its table: Chrome focuses it where it is, and the box cut its focus
// ring (walk 15, #12: a link of the board's text column, at 320 px, 6.8 px beyond the box's edge; `scroll-margin`
// changed nothing, since Chrome does not scroll a partly visible element). On focus by keyboard the box scrolls until
// the element and its ring are inside it; an element wider than the box shows its start. Listened on the document, so
// tables htmx swaps in (the board's filters) are covered too.
document.addEventListener('focusin', function (event) {
  var target = event.target;
  var box = target.closest && target.closest(TABLE_BOXES);
  if (!box || box === target || !target.matches(':focus-visible')) {
    return;
  }
  var ring = focusRing(target);
  var edges = box.getBoundingClientRect();
  var at = target.getBoundingClientRect();
  var left = edges.left + box.clientLeft;
  var top = edges.top + box.clientTop;
  box.scrollLeft += intoView(at.left - ring, at.right + ring, left, left + box.clientWidth);
  box.scrollTop += intoView(at.top - ring, at.bottom + ring, top, top + box.clientHeight);
});
// how far a focus ring reaches beyond its element: the outline and its offset, or the shadow's spread (the layout's
// is a 3 px outline 2 px away over a 5 px shadow), and 2 px of air
function focusRing(element) {
  var style = getComputedStyle(element);
  var outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
  var spread = (style.boxShadow.match(/(-?[\d.]+)px(?!.*px)/) || [0, 0])[1];
  return Math.max(outline || 0, parseFloat(spread) || 0) + 2;
}
// the scroll that brings [start, end] inside [from, to]: none when it is, else the least, the start first
function intoView(start, end, from, to) {
  if (start < from) {
    return start - from;
  }
  return end > to ? Math.min(end - to, start - from) : 0;
}
