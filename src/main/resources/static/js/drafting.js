// The amendment form keeps what is typed: the server keeps a draft a moment after typing stops (htmx, the "draft"
// event on the status line), and until the amendment is proposed the browser keeps a copy too — keep-typed.js's, as
// for every form (the form is data-keep-typed: put back after a closed tab or an ended session, dropped once the
// amendment is proposed or at sign-out). This file saves the draft and says when that could not be done.
(function () {
  'use strict';
  var form = document.getElementById('amend-form');
  if (!form) {
    return;
  }
  var status = document.getElementById('draft-status');
  var notice = document.getElementById('autosave-notice');
  var timer = null;

  // the kind and the country on whose behalf are saved with the draft too (and kept in the browser with the text by
  // keep-typed.js: a lost connection loses neither)
  function saveSoon() {
    clearTimeout(timer);
    timer = setTimeout(function () { htmx.trigger(status, 'draft'); }, 1500);
  }

  form.addEventListener('input', saveSoon);
  form.addEventListener('change', saveSoon);
  // what keep-typed.js put back (or discarded) is not the server's draft: saved as typing would be
  form.addEventListener('restored', saveSoon);
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
})();
