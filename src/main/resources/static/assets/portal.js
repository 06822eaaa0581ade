// The owner portal: checks chosen photos before they are sent (count and size), so that a phone on
// a slow network does not upload 9 large photos only to be refused. The server checks them again.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('input[type=file][data-max]').forEach(input => {
    input.addEventListener('change', () => {
      const max = Number(input.dataset.max);
      const maxBytes = Number(input.dataset.maxBytes);
      let message = '';
      if (input.files.length > max) {
        message = input.dataset.tooMany;
      } else if (Array.from(input.files).some(f => f.size > maxBytes)) {
        message = input.dataset.tooLarge;
      }
      input.setCustomValidity(message);
      if (message) {
        input.reportValidity();
      }
    });
  });
  // a form is sent once: a second tap while it uploads does nothing
  document.querySelectorAll('form').forEach(form => {
    form.addEventListener('submit', () => {
      const button = form.querySelector('button[type=submit]');
      if (button) {
        setTimeout(() => { button.disabled = true; }, 0);
      }
    });
  });
});
