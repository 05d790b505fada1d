/** Hands text to the browser as a file download, from an extension page. Nothing is uploaded anywhere. */

export interface TextFile {
  filename: string;
  mimeType: string;
  contents: string;
}

export function saveTextFile(file: TextFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.contents], { type: `${file.mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and still needs the URL for a moment.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
