// The backup travels as a real file: a Blob behind an object URL and an <a download>, which every
// browser saves without the downloads permission.

export function backupFileName(at: number): string {
  return `ownup-notes-${new Date(at).toISOString().slice(0, 10)}.json`;
}

export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
