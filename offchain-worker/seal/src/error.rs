//! Everything that can go wrong with an envelope, each with a message a user can act on.

use core::fmt;

/// Why an envelope could not be read, sealed or opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
	/// The envelope ends before the part its header announces.
	Truncated {
		/// Bytes the header announces at least.
		needed: usize,
		/// Bytes there are.
		got: usize,
	},
	/// The first byte names a version this crate does not know.
	UnsupportedVersion(u8),
	/// The recipient count is 0 or more than [`crate::MAX_RECIPIENTS`].
	RecipientCount(usize),
	/// One public key is listed twice.
	DuplicateRecipient,
	/// The opening key is not among the listed recipients.
	NotARecipient,
	/// A public key is not a valid sr25519 (Ristretto) point.
	InvalidPublicKey,
	/// A secret key has the wrong length or is not canonical.
	InvalidSecretKey,
	/// A wrapped key or the content failed authentication: the envelope was altered, or the
	/// header lists a key that it was not really sealed to.
	Tampered,
	/// The system's random number generator failed.
	Randomness,
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Truncated { needed, got } => {
				write!(f, "sealed envelope truncated: needs at least {needed} bytes, has {got}")
			}
			Self::UnsupportedVersion(v) => {
				write!(f, "sealed envelope version {v} is not supported (this reader knows v1)")
			}
			Self::RecipientCount(n) => write!(
				f,
				"sealed envelope has {n} recipients; 1 to {} are allowed",
				crate::MAX_RECIPIENTS
			),
			Self::DuplicateRecipient => write!(f, "sealed envelope lists one recipient twice"),
			Self::NotARecipient => write!(f, "this key is not a recipient of the sealed envelope"),
			Self::InvalidPublicKey => write!(f, "not a valid sr25519 public key"),
			Self::InvalidSecretKey => write!(f, "not a valid sr25519 secret key"),
			Self::Tampered => {
				write!(f, "sealed envelope does not open: it was altered or not sealed to this key")
			}
			Self::Randomness => write!(f, "the system random number generator failed"),
		}
	}
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}
