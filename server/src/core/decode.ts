/**
 * Report files come as UTF-8, UTF-16 (Windows "Unicode") or GB18030/GBK (older Chinese
 * Windows). Decoding is pure: bytes in, text or a reason a person can act on out.
 */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const ok = (text: string, encoding: string): DecodeResult => ({ ok: true, text, encoding });
const fail = (reason: string): DecodeResult => ({ ok: false, reason });

/** Signatures of the formats people save reports in instead of plain text. */
const SIGNATURES: { magic: number[]; reason: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], reason: 'looks like a binary file (PDF); convert it to plain text first, e.g. with pdftotext' },
  { magic: [0x50, 0x4b, 0x03, 0x04], reason: 'looks like a binary file (ZIP archive, e.g. DOCX); save it as plain text (.txt) first' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], reason: 'looks like a binary file (old Office document, e.g. DOC); save it as plain text (.txt) first' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], reason: 'looks like an RTF document, not plain text; save it as plain text (.txt) first' },
  { magic: [0x89, 0x50, 0x4e, 0x47], reason: 'looks like a binary file (PNG image), not text' },
  { magic: [0xff, 0xd8, 0xff], reason: 'looks like a binary file (JPEG image), not text' },
];

const BOMS: { bom: number[]; encoding: string }[] = [
  { bom: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bom: [0xff, 0xfe], encoding: 'utf-16le' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** `strictUtf8` decodes valid UTF-8 and gives null for anything else; the server passes a faster one than TextDecoder. */
export function decodeReport(bytes: Uint8Array, strictUtf8 = (utf8: Uint8Array) => strictDecode('utf-8', utf8)): DecodeResult {
  if (bytes.length === 0) return ok('', 'utf-8');

  const signature = SIGNATURES.find(({ magic }) => startsWith(bytes, magic));
  if (signature) return fail(signature.reason);

  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return fail('UTF-32 text is not supported; save it as UTF-8');
  }
  for (const { bom, encoding } of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const rest = bytes.subarray(bom.length);
    const text = encoding === 'utf-8' ? strictUtf8(rest) : strictDecode(encoding, rest);
    return text === null ? fail(`starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`) : ok(text, encoding);
  }

  // NUL is valid UTF-8, but in a text file it means UTF-16 or binary.
  const hasNul = bytes.includes(0);
  if (!hasNul) {
    const text = strictUtf8(bytes);
    if (text !== null && !hasManyControlChars(text, bytes.length)) return ok(text, 'utf-8');
  } else {
    const utf16 = decodeBomlessUtf16(bytes);
    if (utf16) return utf16;
  }

  if (hasNul || hasManyControls(bytes)) return fail('looks like a binary file, not text');

  const text = strictDecode('gb18030', bytes);
  if (text !== null && isMostlyChineseText(text)) return ok(text, 'gb18030');
  return fail(describeBrokenUtf8(bytes) ?? 'unknown encoding: not valid UTF-8, UTF-16 or GB18030/GBK; save it as UTF-8');
}

/** A scraped file cut mid-character is UTF-8 all the same: say where it breaks. */
function describeBrokenUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  if (bad * 100 > text.length) return null;
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  return `mostly UTF-8 but has ${bad} invalid byte sequence${bad === 1 ? '' : 's'} (first on line ${line}); re-save it as UTF-8`;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Without a BOM, UTF-16 shows itself by NULs: ASCII characters (digits, newlines) have a zero
 * high byte, odd offsets in little-endian, even in big-endian. Some CJK characters (一 U+4E00)
 * have a zero low byte, so the side with more NULs wins rather than the side with any.
 */
function decodeBomlessUtf16(bytes: Uint8Array): DecodeResult | null {
  if (bytes.length % 2 !== 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (evenNuls === oddNuls) return null;
  const encoding = oddNuls > evenNuls ? 'utf-16le' : 'utf-16be';
  const text = strictDecode(encoding, bytes);
  return text !== null && isMostlyChineseText(text) ? ok(text, encoding) : null;
}

/** Control characters other than whitespace (and DOS's end-of-file mark) in over 1% of bytes. */
function hasManyControls(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if ((byte < 0x20 && !isTextControl(byte)) || byte === 0x7f) controls++;
  }
  return controls * 100 > bytes.length;
}

/** Control characters outside text's own (tab, line breaks, ^Z): one native regex pass over decoded UTF-8. */
const CONTROL_CHARS = /[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]/g;

/** hasManyControls for text decoded from `byteLength` bytes of UTF-8, where a control byte is one character. */
function hasManyControlChars(text: string, byteLength: number): boolean {
  return (text.match(CONTROL_CHARS)?.length ?? 0) * 100 > byteLength;
}

function isTextControl(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x1a;
}

/**
 * A wrong guess still decodes to *something*; real text is almost all CJK, ASCII and the
 * punctuation reports use. 90% tolerates the odd symbol (①, ×, Greek) without letting noise in.
 */
function isMostlyChineseText(text: string): boolean {
  let plausible = 0;
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x20 || isTextControl(code)) continue;
    total++;
    if (isPlausible(code)) plausible++;
  }
  return plausible >= total * 0.9;
}

function isPlausible(code: number): boolean {
  return (
    (code > 0x20 && code < 0x7f) ||
    (code >= 0xa0 && code <= 0xff) || // NBSP, ·, ×, ©
    (code >= 0x2000 && code <= 0x27bf) || // general punctuation …, “”, ①, arrows, shapes
    (code >= 0x2e80 && code <= 0x9fff) || // CJK radicals, punctuation 、。《》, kana, ideographs
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) || // full-width forms ，（）：
    (code >= 0x20000 && code <= 0x3134f) // rare ideographs (GB18030 four-byte)
  );
}
