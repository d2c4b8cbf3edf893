/** The files a report may attach, recognised by their first bytes (and, for office files, their archive's entries). */
export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** The largest file attached to a report: 10 MB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether the bytes hold an entry name of a ZIP archive (the local headers and the central directory name them). */
function zipHasEntry(bytes: Uint8Array, prefix: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(prefix, 0, 'latin1');
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed and carriage return are not in a CSV file.
  for (const c of text) if (isControl(c) && c !== '\t' && c !== '\n' && c !== '\r') return false;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(first);
}

/** The type of an attached file from its bytes (its name is not looked at), or null when it is none of those accepted. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument file begins with its uncompressed "mimetype" entry (name at 30, content after it).
    if (startsWith(bytes, ascii('mimetypeapplication/vnd.oasis.opendocument.text'), 30)) return 'odt';
    if (!zipHasEntry(bytes, '[Content_Types].xml')) return null;
    if (zipHasEntry(bytes, 'word/')) return 'docx';
    if (zipHasEntry(bytes, 'xl/')) return 'xlsx';
    return null;
  }
  if (bytes.byteLength > 0 && isUtf8Text(bytes)) return 'csv';
  return null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: no folders, no control or reserved characters,
 * at most 200 characters, never empty.
 */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .split('')
    .map((c) => (isControl(c) || '"*:<>?|'.includes(c) ? '_' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = [...clean];
  const short = chars.length > 200 ? chars.slice(0, 200).join('') : clean;
  return short === '' ? 'attachment' : short;
}
