// base64url (RFC 4648 §5, unpadded), as API keys print their bytes.

/** Unpadded base64url of `bytes`. */
export function base64url (bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of unpadded base64url `text`; throws on any other character, a length no encoding
 * has, or unused bits set in the last character (only the canonical spelling is accepted, as
 * Rust's `URL_SAFE_NO_PAD` accepts it).
 */
export function fromBase64url (text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  if (base64url(bytes) !== text) throw new Error('not base64url');
  return bytes;
}
