// Review page: "see in the minutes" moves the reader's focus to the highlighted words, not only the scroll; a link
// right after the words leads back to the agreement or suggestion they belong to. The minutes stand after every
// agreement, suggestion and button: without it, Tab from the words goes to the page's footer, and Shift+Tab back
// to the agreement is some twenty presses per agreement on the way (walk of 5 December #4).
document.addEventListener('click', function (event) {
  var link = event.target.closest('a.review-locate');
  if (!link) { return; }
  var mark = document.getElementById(link.getAttribute('data-mark'));
  if (!mark) { return; }
  event.preventDefault();
  document.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
  mark.classList.add('current');
  var back = document.getElementById('review-back');
  if (!back) {
    back = document.createElement('a');
    back.id = 'review-back';
    back.className = 'review-back';
    back.textContent = mark.closest('[data-back]').getAttribute('data-back');
    back.addEventListener('click', function (e) {
      var from = document.getElementById(back.getAttribute('data-from'));
      if (!from) { return; }
      e.preventDefault();
      from.scrollIntoView({ block: 'center' });
      from.focus({ preventScroll: true });
    });
  }
  var card = link.closest('li[id]');
  if (!link.id) { link.id = 'locate-' + link.getAttribute('data-mark'); }
  back.href = '#' + (card ? card.id : link.id);
  back.setAttribute('data-from', link.id);
  mark.after(back);
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

// Review page: the responsible-party picker. Without JavaScript it is a list of checkboxes: the chosen ones as chips,
// the others folded in a <details>, so that a keyboard passes an agreement's picker in a few Tab presses instead of
// one per country. With it, a search box opens the list and narrows it as one types, and ticking or unticking moves
// a party between the chips and the list, so the chosen parties are always in sight.
(function () {
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  // "3 countries or bodies match": the server wrote the bundle's sentence for 0, 1 and 2 (ICU plural rules); the
  // language's plural category picks the form, and the count takes the place of its 1 or 2
  function partiesLeft(region, n) {
    if (n === 0) { return region.dataset.none; }
    var one = new Intl.PluralRules(document.documentElement.lang || 'es').select(n) === 'one';
    return one ? region.dataset.one.replace('1', String(n)) : region.dataset.other.replace('2', String(n));
  }
  document.querySelectorAll('.party-picker').forEach(function (picker) {
    var search = picker.querySelector('[data-party-search]');
    var chips = picker.querySelector('.party-chips');
    var options = picker.querySelector('.party-options');
    var more = picker.querySelector('.party-more');
    var input = search ? search.querySelector('input') : null;
    var count = search ? search.querySelector('[data-party-count]') : null;
    if (search) {
      search.hidden = false;
      input.addEventListener('input', function () {
        var wanted = fold(input.value.trim());
        if (wanted !== '') { more.open = true; }
        var left = 0;
        options.querySelectorAll('label').forEach(function (label) {
          label.hidden = wanted !== '' && fold(label.textContent).indexOf(wanted) < 0;
          if (!label.hidden) { left++; }
        });
        if (count) { count.textContent = wanted === '' ? '' : partiesLeft(count, left); }
      });
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') { event.preventDefault(); } // Enter in the filter must not save the item
      });
    }
    picker.addEventListener('change', function (event) {
      var box = event.target;
      if (box.name !== 'responsible') { return; }
      var label = box.closest('label');
      if (box.checked) { label.classList.add('chip'); chips.appendChild(label); label.hidden = false; }
      else {
        // the unticked party goes back to the folded list; when that is closed, focus stays in the picker
        var next = label.nextElementSibling;
        label.classList.remove('chip'); options.insertBefore(label, options.firstChild);
        if (!more.open) { (next ? next.querySelector('input') : (input || more.querySelector('summary'))).focus(); return; }
      }
      box.focus();
    });
  });
})();

// Review page: "show more suggestions" (walk of 5 December #9). htmx adds the next suggestions to the list; the focus
// goes to the first of them, so a keyboard or screen-reader user goes on from there rather than from the link, which
// has moved below them (the count beside the list is a live region and says how many are shown).
document.addEventListener('htmx:afterSettle', function () {
  var first = document.querySelector('#suggestions-list [data-first-new]');
  if (!first) { return; }
  first.removeAttribute('data-first-new');
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
});
