//! Sealing and opening in Rust: round trips, and every way an envelope can be wrong.

mod common;

use common::{opener, public};
use gintonic_seal::{
	envelope_len, is_sealing_key, seal, Error, Header, FIXED_HEADER_LEN, KEY_LEN, MAX_RECIPIENTS,
	RECIPIENT_LEN,
};

const PROMPT: &[u8] = br#"{"messages":[{"role":"user","content":"What is a GPU?"}]}"#;

fn sealed_to(suris: &[&str], payload: &[u8]) -> Vec<u8> {
	let keys: Vec<_> = suris.iter().map(|s| public(s)).collect();
	seal(payload, &keys).expect("sealing to valid keys")
}

#[test]
fn every_recipient_opens_what_was_sealed() {
	let envelope = sealed_to(&["//Charlie", "//Alice"], PROMPT);
	assert_eq!(envelope.len(), envelope_len(2, PROMPT.len()));
	assert_eq!(opener("//Charlie").open(&envelope), Ok(PROMPT.to_vec()));
	assert_eq!(opener("//Alice").open(&envelope), Ok(PROMPT.to_vec()));
}

#[test]
fn empty_and_large_payloads_round_trip() {
	for payload in [Vec::new(), vec![0xA5; 256 * 1024]] {
		let envelope = sealed_to(&["//Bob"], &payload);
		assert_eq!(opener("//Bob").open(&envelope), Ok(payload));
	}
}

#[test]
fn two_seals_of_one_payload_differ() {
	let a = sealed_to(&["//Bob"], PROMPT);
	let b = sealed_to(&["//Bob"], PROMPT);
	assert_ne!(a, b, "a fresh ephemeral key, nonce and content key each time");
}

#[test]
fn header_lists_the_recipients_in_order() {
	let envelope = sealed_to(&["//Charlie", "//Alice", "//Bob"], PROMPT);
	let header = Header::parse(&envelope).expect("valid envelope");
	let listed: Vec<_> = header.recipients().collect();
	assert_eq!(listed, vec![public("//Charlie"), public("//Alice"), public("//Bob")]);
	assert!(header.lists(&public("//Alice")));
	assert!(!header.lists(&public("//Eve")));
	assert_eq!(header.payload_len(), PROMPT.len());
	assert_eq!(header.wrapped_key(3), None);
}

#[test]
fn a_non_recipient_cannot_open() {
	let envelope = sealed_to(&["//Charlie", "//Alice"], PROMPT);
	assert_eq!(opener("//Eve").open(&envelope), Err(Error::NotARecipient));
}

#[test]
fn every_tampered_byte_is_caught() {
	let envelope = sealed_to(&["//Charlie"], b"short payload");
	let charlie = opener("//Charlie");
	let recipient = FIXED_HEADER_LEN..FIXED_HEADER_LEN + KEY_LEN;
	for i in 0..envelope.len() {
		let mut altered = envelope.clone();
		altered[i] ^= 0x01;
		let result = charlie.open(&altered);
		let expected = match i {
			0 => Err(Error::UnsupportedVersion(0)),
			57 => Err(Error::RecipientCount(0)),
			_ if recipient.contains(&i) => Err(Error::NotARecipient),
			_ => Err(Error::Tampered),
		};
		// A flipped bit of E may also leave an invalid point, which is an error too.
		if (1..33).contains(&i) && result == Err(Error::InvalidPublicKey) {
			continue;
		}
		assert_eq!(result, expected, "byte {i} flipped");
	}
}

#[test]
fn a_truncated_envelope_is_an_error() {
	let envelope = sealed_to(&["//Charlie", "//Alice"], PROMPT);
	let charlie = opener("//Charlie");
	for len in 0..envelope.len() {
		let result = charlie.open(&envelope[..len]);
		assert!(result.is_err(), "a {len}-byte prefix opened");
		if len >= FIXED_HEADER_LEN && len < envelope_len(2, 0) {
			assert!(matches!(result, Err(Error::Truncated { .. })), "{len}: {result:?}");
		}
	}
}

#[test]
fn an_unknown_version_is_refused() {
	let mut envelope = sealed_to(&["//Charlie"], PROMPT);
	envelope[0] = 2;
	assert_eq!(Header::parse(&envelope).err(), Some(Error::UnsupportedVersion(2)));
	assert_eq!(opener("//Charlie").open(&envelope), Err(Error::UnsupportedVersion(2)));
}

#[test]
fn recipient_counts_outside_one_to_eight_are_refused() {
	let nine: Vec<_> = (0..=MAX_RECIPIENTS).map(|i| public(&format!("//Dev{i}"))).collect();
	assert_eq!(seal(PROMPT, &nine), Err(Error::RecipientCount(9)));
	assert_eq!(seal(PROMPT, &[]), Err(Error::RecipientCount(0)));
	assert!(seal(PROMPT, &nine[..MAX_RECIPIENTS]).is_ok());

	let mut envelope = sealed_to(&["//Charlie"], PROMPT);
	envelope[FIXED_HEADER_LEN - 1] = 9;
	envelope.resize(envelope_len(9, 0), 0);
	assert_eq!(Header::parse(&envelope).err(), Some(Error::RecipientCount(9)));
}

#[test]
fn duplicate_recipients_are_refused() {
	let charlie = public("//Charlie");
	assert_eq!(seal(PROMPT, &[charlie, charlie]), Err(Error::DuplicateRecipient));

	// A forged header that lists Charlie twice is refused before any decryption.
	let mut envelope = sealed_to(&["//Charlie", "//Alice"], PROMPT);
	let second = FIXED_HEADER_LEN + RECIPIENT_LEN;
	envelope[second..second + KEY_LEN].copy_from_slice(&charlie);
	assert_eq!(Header::parse(&envelope).err(), Some(Error::DuplicateRecipient));
}

#[test]
fn an_invalid_recipient_key_is_refused() {
	// Not the encoding of any Ristretto point.
	let not_a_point = [0xFF; KEY_LEN];
	assert_eq!(seal(PROMPT, &[not_a_point]), Err(Error::InvalidPublicKey));
}

#[test]
fn secrets_in_every_form_open_alike() {
	let envelope = sealed_to(&["//Alice"], PROMPT);
	let seed = <sp_core::sr25519::Pair as sp_core::Pair>::from_string_with_seed("//Alice", None)
		.expect("dev uri")
		.1
		.expect("hard derivation yields a seed");
	let from_seed = gintonic_seal::Opener::from_seed(&seed).expect("32-byte seed");
	assert_eq!(from_seed.public_key(), public("//Alice"));
	assert_eq!(from_seed.open(&envelope), Ok(PROMPT.to_vec()));
	assert_eq!(gintonic_seal::Opener::from_seed(&[0; 31]).err(), Some(Error::InvalidSecretKey));
	assert_eq!(
		gintonic_seal::Opener::from_polkadot_js_secret(&[0; 12]).err(),
		Some(Error::InvalidSecretKey)
	);
}

#[test]
fn a_key_that_is_not_a_point_is_no_sealing_key_and_sealing_to_it_fails() {
	// Most 32-byte strings are not Ristretto encodings: [1; 32] is not (odd), nor is the
	// all-ones string (not canonical).
	for not_a_point in [[1u8; KEY_LEN], [0xFF; KEY_LEN]] {
		assert!(!is_sealing_key(&not_a_point));
		assert_eq!(seal(PROMPT, &[not_a_point]), Err(Error::InvalidPublicKey));
	}
	assert!(!is_sealing_key(&[0; KEY_LEN]), "the identity is refused");
	assert!(is_sealing_key(&public("//Alice")));
}
