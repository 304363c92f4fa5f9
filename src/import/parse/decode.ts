/**
 * The text encoding of a file, from its first bytes: a byte-order mark says it for sure (UTF-8,
 * UTF-16 LE or BE); without one, zero bytes in every other place mean UTF-16, bytes that are
 * valid UTF-8 mean UTF-8, and anything else is read as Windows-1252 (what Excel and older tools
 * write on Western European systems; a superset of Latin-1's printable characters). The last
 * two cases of a guess are reported, so the reader is told to check the accents.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Sniffed {
  readonly encoding: Encoding;
  /** Bytes of the byte-order mark, skipped before decoding. */
  readonly bom: number;
  /** True when no mark said it and the bytes could have been another encoding. */
  readonly guessed: boolean;
}

/** How many bytes of the head are looked at. */
export const SNIFF_BYTES = 64 * 1024;

function zeroShare(bytes: Uint8Array, parity: 0 | 1): number {
  let zeros = 0;
  let total = 0;
  for (let i = parity; i < bytes.length; i += 2) {
    total++;
    if (bytes[i] === 0) zeros++;
  }
  return total === 0 ? 0 : zeros / total;
}

/** Whether the bytes are valid UTF-8 (a character cut at the end of a partial sample is allowed). */
function validUtf8(bytes: Uint8Array, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return true;
  return false;
}

/** `whole`: the head is the whole file (a character cut at its end is then an error). */
export function sniffEncoding(head: Uint8Array, whole = true): Sniffed {
  const [a, b, c] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3, guessed: false };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2, guessed: false };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2, guessed: false };
  const sample = head.subarray(0, SNIFF_BYTES);
  // Text in UTF-16 without a mark: Latin text has a zero byte in every character's high half.
  if (sample.length >= 4) {
    if (zeroShare(sample, 1) > 0.6 && zeroShare(sample, 0) < 0.1) {
      return { encoding: 'utf-16le', bom: 0, guessed: true };
    }
    if (zeroShare(sample, 0) > 0.6 && zeroShare(sample, 1) < 0.1) {
      return { encoding: 'utf-16be', bom: 0, guessed: true };
    }
  }
  if (validUtf8(sample, whole && sample.length === head.length))
    return { encoding: 'utf-8', bom: 0, guessed: false };
  return { encoding: 'windows-1252', bom: 0, guessed: hasNonAscii(sample) };
}

/** A decoder for the file's bytes, chunk after chunk (a character cut between chunks is kept). */
export function decoderFor(sniffed: Sniffed): TextDecoder {
  // `ignoreBOM`: the mark is skipped by the caller, so a second one in the text stays visible.
  return new TextDecoder(sniffed.encoding, { ignoreBOM: true });
}
