// A real download from an extension page: a Blob URL on an <a download>, clicked. No
// `downloads` permission needed, and the browser shows its usual save prompt or bar.

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export function downloadFile(file: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoke later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `ownup-events-2026-11-01_2026-11-30.csv`: what, first day, last day (both included). */
export function exportFileName(what: string, fromDay: string, toDay: string, extension: 'csv' | 'json'): string {
  return `ownup-${what}-${fromDay}_${toDay}.${extension}`;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';
