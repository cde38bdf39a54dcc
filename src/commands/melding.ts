/** The ribbon command's message: shown as text, never as markup. */
const text = new URLSearchParams(window.location.search).get('tekst') ?? '';
document.getElementById('tekst')!.textContent = text;
