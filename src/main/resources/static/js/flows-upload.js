// Flows: a progress bar for large uploads. The form works without this script; with it, a file over 1 MB is sent
// with XMLHttpRequest so that the bar can follow the upload, and the answer replaces the page as a normal post would.
(function () {
  var form = document.querySelector('form.flow-upload');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    if (!input || !input.files.length || input.files[0].size < 1024 * 1024) { return; }
    event.preventDefault();
    var bar = form.querySelector('progress');
    bar.hidden = false;
    var xhr = new XMLHttpRequest();
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
    });
    xhr.addEventListener('load', function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.open('POST', form.action);
    xhr.send(new FormData(form));
  });
})();
