// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // After a refused submit, move focus to the error summary so screen readers announce it.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
