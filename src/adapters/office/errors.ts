/** Excel's errors as a Dutch sentence that says what to do. */
export function officeErrorMessage(e: unknown): string | undefined {
  const code = (e as { code?: string })?.code;
  const message = String((e as { message?: string })?.message ?? '');
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.';
    case 'AccessDenied':
      return /protect|beveilig/i.test(message)
        ? 'Het blad of de werkmap is beveiligd. Hef de beveiliging op (Controleren > Blad beveiligen) en probeer het opnieuw.'
        : 'Excel staat deze wijziging niet toe. Controleer of het blad beveiligd is of of de werkmap alleen-lezen is geopend.';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return 'Het werkboek is te groot voor één aanvraag aan Excel. Sluit andere werkmappen en probeer het opnieuw; lukt het niet, meld het dan.';
    case 'ItemNotFound':
      return 'Een blad of tabel is intussen verdwenen of hernoemd. Controleer opnieuw.';
    case 'GeneralException':
    case 'Conflict':
      return 'Excel kon de opdracht nu niet uitvoeren, mogelijk omdat iemand anders tegelijk in de werkmap werkt. Probeer het over een moment opnieuw.';
    default:
      return code ? `Excel meldt een fout (${code}): ${message}. Probeer het opnieuw.` : undefined;
  }
}
