// Review page: "see in the minutes" moves the reader's focus to the highlighted words, not only the scroll.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.review-locate');
  if (!link) { return; }
  var mark = document.getElementById(link.getAttribute('data-mark'));
  if (!mark) { return; }
  event.preventDefault();
  document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
});

// Review page: corrections are saved one item at a time; before leaving with an item corrected but not saved
// (a merge or delete elsewhere reloads the page), the browser asks whether to leave.
(function () {
  var dirty = new Set();
  var submitting = null;
  document.addEventListener('input', function (event) {
    var form = event.target.closest('.review-item form.form');
    if (form) { dirty.add(form); }
  });
  document.addEventListener('change', function (event) {
    var form = event.target.closest('.review-item form.form');
    if (form) { dirty.add(form); }
  });
  document.addEventListener('submit', function (event) { submitting = event.target; }, true);
  window.addEventListener('beforeunload', function (event) {
    var unsaved = Array.from(dirty).some(function (form) { return form !== submitting; });
    if (unsaved) { event.preventDefault(); event.returnValue = ''; }
  });
})();
