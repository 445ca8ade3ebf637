//! Stop sequences in streamed text: where the first one begins, and how much text can be
//! released without letting out the start of one.

/// Where the earliest stop sequence begins in `text`.
pub fn first_stop(text: &str, stops: &[String]) -> Option<usize> {
	stops.iter().filter_map(|stop| text.find(stop.as_str())).min()
}

/// Where a stop sequence that ends in text appended after `text` may begin: no earlier than
/// the longest stop sequence's length (less one byte) before its end, on a character boundary.
pub fn search_start(text: &str, stops: &[String]) -> usize {
	let longest = stops.iter().map(String::len).max().unwrap_or(0);
	let mut start = text.len().saturating_sub(longest.saturating_sub(1));
	while !text.is_char_boundary(start) {
		start -= 1;
	}
	start
}

/// How much of `text` can be released: all but a tail that could still grow into a stop
/// sequence, and never an incomplete character.
pub fn safe_prefix_len(text: &str, stops: &[String]) -> usize {
	let mut held = 0;
	for stop in stops {
		for len in (1..stop.len()).rev() {
			if stop.is_char_boundary(len) && text.ends_with(&stop[..len]) {
				held = held.max(len);
				break;
			}
		}
	}
	let mut safe = text.len() - held;
	if text.ends_with('\u{FFFD}') {
		safe = safe.min(text.len() - '\u{FFFD}'.len_utf8());
	}
	while !text.is_char_boundary(safe) {
		safe -= 1;
	}
	safe
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn text_that_may_begin_a_stop_sequence_is_held_back() {
		let stops = vec!["</answer>".to_string()];
		assert_eq!(safe_prefix_len("hello </ans", &stops), "hello ".len());
		assert_eq!(safe_prefix_len("hello", &stops), 5);
		assert_eq!(first_stop("a</answer>b", &stops), Some(1));
		assert_eq!(first_stop("a", &stops), None);
		// A stop sequence split over two pieces is found from the start that search_start gives.
		let text = "I said </ans";
		let from = search_start(text, &stops);
		assert_eq!(from, text.len() - "</answer>".len() + 1);
		let full = format!("{text}wer> more");
		assert_eq!(first_stop(&full[from..], &stops), Some("I said ".len() - from));
		assert_eq!(search_start("日本", &["abcde".to_string()]), 0);
	}
}
