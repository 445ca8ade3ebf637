//! The public part of an envelope, read without any cryptography (`no_std`, used by the
//! runtime to check who a prompt is sealed to).

use crate::{
	Error, PublicKey, FIXED_HEADER_LEN, KEY_LEN, MAX_RECIPIENTS, NONCE_LEN, RECIPIENT_LEN, TAG_LEN,
	VERSION, WRAPPED_KEY_LEN,
};

/// A parsed, bounds-checked view of an envelope: every accessor is infallible once
/// [`Header::parse`] has succeeded.
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
	envelope: &'a [u8],
	recipients: usize,
}

impl<'a> Header<'a> {
	/// Checks the version, the recipient count, that no recipient is listed twice and that
	/// the envelope is long enough for its recipients and a content tag.
	pub fn parse(envelope: &'a [u8]) -> Result<Self, Error> {
		let got = envelope.len();
		let version =
			*envelope.first().ok_or(Error::Truncated { needed: FIXED_HEADER_LEN, got })?;
		if version != VERSION {
			return Err(Error::UnsupportedVersion(version));
		}
		let count = *envelope
			.get(FIXED_HEADER_LEN - 1)
			.ok_or(Error::Truncated { needed: FIXED_HEADER_LEN, got })? as usize;
		if count == 0 || count > MAX_RECIPIENTS {
			return Err(Error::RecipientCount(count));
		}
		let needed = FIXED_HEADER_LEN + count * RECIPIENT_LEN + TAG_LEN;
		if got < needed {
			return Err(Error::Truncated { needed, got });
		}
		let header = Self { envelope, recipients: count };
		for (i, key) in header.recipients().enumerate() {
			if header.recipients().skip(i + 1).any(|other| other == key) {
				return Err(Error::DuplicateRecipient);
			}
		}
		Ok(header)
	}

	/// `E`, the ephemeral public key.
	pub fn ephemeral_key(&self) -> PublicKey {
		self.array(1)
	}

	/// `N`, the nonce shared by the key wraps and the content.
	pub fn nonce(&self) -> [u8; NONCE_LEN] {
		self.array(1 + KEY_LEN)
	}

	/// The number of recipients, 1 to [`MAX_RECIPIENTS`].
	pub fn recipient_count(&self) -> usize {
		self.recipients
	}

	/// The recipients' public keys `R_i`, in envelope order.
	pub fn recipients(&self) -> impl Iterator<Item = PublicKey> + '_ {
		(0..self.recipients).map(|i| self.array(Self::entry_offset(i)))
	}

	/// Whether `key` is listed as a recipient (which does not prove that it can open it).
	pub fn lists(&self, key: &PublicKey) -> bool {
		self.recipients().any(|listed| listed == *key)
	}

	/// The index of `key` among the recipients.
	pub fn position(&self, key: &PublicKey) -> Option<usize> {
		self.recipients().position(|listed| listed == *key)
	}

	/// `W_i`, the content key wrapped for recipient `index` (`index < recipient_count()`).
	pub fn wrapped_key(&self, index: usize) -> Option<[u8; WRAPPED_KEY_LEN]> {
		(index < self.recipients).then(|| self.array(Self::entry_offset(index) + KEY_LEN))
	}

	/// `C`, the sealed content: tag, then ciphertext.
	pub fn content(&self) -> &'a [u8] {
		let start = FIXED_HEADER_LEN + self.recipients * RECIPIENT_LEN;
		self.envelope.get(start..).unwrap_or_default()
	}

	/// Length of the payload the envelope carries.
	pub fn payload_len(&self) -> usize {
		self.content().len().saturating_sub(TAG_LEN)
	}

	fn entry_offset(index: usize) -> usize {
		FIXED_HEADER_LEN + index * RECIPIENT_LEN
	}

	/// The `N` bytes at `offset`; `parse` proved every offset used here is in bounds.
	fn array<const N: usize>(&self, offset: usize) -> [u8; N] {
		let mut out = [0u8; N];
		if let Some(bytes) = self.envelope.get(offset..offset + N) {
			out.copy_from_slice(bytes);
		}
		out
	}
}

/// An envelope with a well-formed header listing `recipients` and `payload_len` bytes of
/// content, whose wrapped keys and content are zeros: nobody can open it. For weight
/// benchmarks and tests of code that only reads headers.
pub fn unopenable_envelope(
	recipients: &[PublicKey],
	payload_len: usize,
) -> Result<alloc::vec::Vec<u8>, Error> {
	if recipients.is_empty() || recipients.len() > MAX_RECIPIENTS {
		return Err(Error::RecipientCount(recipients.len()));
	}
	let mut envelope = alloc::vec![0u8; crate::envelope_len(recipients.len(), payload_len)];
	if let Some(version) = envelope.first_mut() {
		*version = VERSION;
	}
	if let Some(count) = envelope.get_mut(FIXED_HEADER_LEN - 1) {
		// At most MAX_RECIPIENTS, checked above.
		*count = recipients.len() as u8;
	}
	for (i, key) in recipients.iter().enumerate() {
		let at = Header::entry_offset(i);
		if let Some(slot) = envelope.get_mut(at..at + KEY_LEN) {
			slot.copy_from_slice(key);
		}
	}
	Header::parse(&envelope)?;
	Ok(envelope)
}
