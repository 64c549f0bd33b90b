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
