// Copy buttons of the site's pages: a `<button data-copy="ID">` copies the text of element ID,
// or selects it for Ctrl+C where the clipboard is not available (an insecure origin, or refused).
export function copyButtons() {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const target = document.getElementById(button.dataset.copy);
      try {
        await navigator.clipboard.writeText(target.textContent);
        button.textContent = 'Copied';
      } catch {
        getSelection().selectAllChildren(target);
        button.textContent = 'Selected: press Ctrl+C';
      }
      setTimeout(() => { button.textContent = 'Copy'; }, 2000);
    });
  }
}
