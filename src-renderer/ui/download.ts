const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a workbook the core made to the browser (or Electron) as a download with its own name. */
export function downloadXlsx(file: { fileName: string; contentBase64: string }): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: xlsxType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
