/** The ribbon command's message: shown as text, never as markup; OK tells the command it was read. */
const params = new URLSearchParams(window.location.search);
document.getElementById('tekst')!.textContent = params.get('tekst') ?? '';
const ok = document.getElementById('ok') as HTMLButtonElement;
ok.textContent = params.get('knop') ?? 'OK';
ok.addEventListener('click', () => Office.context.ui.messageParent('gelezen'));
void Office.onReady();
