//! Chat prompts: the folder's Jinja chat template (`chat_template` in tokenizer_config.json
//! or `chat_template.jinja`, else a GGUF file's `tokenizer.chat_template`), rendered as
//! transformers renders it, or, when the model has none, the Mixtral-Instruct format with the
//! system message folded into the first user turn.

use crate::{
	error::{EngineError, Result},
	load::{folder::ModelFolder, gguf::GgufFile},
};
use serde::{Deserialize, Serialize};

/// One message of a conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
	/// `system`, `user` or `assistant`.
	pub role: String,
	/// The text.
	pub content: String,
}

impl ChatMessage {
	/// A message from `role`.
	pub fn new(role: &str, content: &str) -> Self {
		Self { role: role.into(), content: content.into() }
	}
}

/// Mixtral-8x7B-Instruct's format, used when a folder has no template of its own.
pub const MIXTRAL_TEMPLATE: &str = "{%- if messages[0]['role'] == 'system' %}{%- set system_message = messages[0]['content'] %}{%- set loop_messages = messages[1:] %}{%- else %}{%- set loop_messages = messages %}{%- endif %}{{- bos_token }}{%- for message in loop_messages %}{%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{- raise_exception('After the optional system message, conversation roles must alternate user/assistant/user/assistant/...') }}{%- endif %}{%- if message['role'] == 'user' %}{%- if loop.first and system_message is defined %}{{- '[INST] ' + system_message + '\\n\\n' + message['content'] + ' [/INST]' }}{%- else %}{{- '[INST] ' + message['content'] + ' [/INST]' }}{%- endif %}{%- elif message['role'] == 'assistant' %}{{- ' ' + message['content'] + eos_token }}{%- else %}{{- raise_exception('Only user and assistant roles are supported, with the exception of an initial optional system message!') }}{%- endif %}{%- endfor %}";

/// A chat template ready to render.
pub struct ChatTemplate {
	env: minijinja::Environment<'static>,
	bos_token: String,
	eos_token: String,
	/// Seconds since the Unix epoch that `strftime_now` shows; the clock's when `None`.
	now: Option<u64>,
}

#[derive(Deserialize)]
struct NamedTemplate {
	name: String,
	template: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TemplateField {
	One(String),
	Named(Vec<NamedTemplate>),
}

#[derive(Deserialize)]
struct TemplateConfig {
	chat_template: Option<TemplateField>,
}

/// The template of `chat_template.jinja`, else of tokenizer_config.json, if either has one.
fn folder_template(folder: &ModelFolder) -> Result<Option<String>> {
	if folder.has("chat_template.jinja") {
		let path = folder.path("chat_template.jinja");
		return std::fs::read_to_string(&path).map(Some).map_err(|e| EngineError::io(&path, e));
	}
	if !folder.has("tokenizer_config.json") {
		return Ok(None);
	}
	let path = folder.path("tokenizer_config.json");
	let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
	let config: TemplateConfig = serde_json::from_str(&text)
		.map_err(|e| EngineError::config("tokenizer_config.json", e.to_string()))?;
	Ok(match config.chat_template {
		Some(TemplateField::One(template)) => Some(template),
		Some(TemplateField::Named(templates)) => {
			templates.into_iter().find(|named| named.name == "default").map(|named| named.template)
		}
		None => None,
	})
}

impl ChatTemplate {
	/// The folder's template, else its GGUF file's `tokenizer.chat_template`, else Mixtral's;
	/// with the tokenizer's special token texts.
	pub fn load(
		folder: &ModelFolder,
		gguf: Option<&GgufFile>,
		bos_token: &str,
		eos_token: &str,
	) -> Result<Self> {
		let mut source = folder_template(folder)?;
		if let (None, Some(file)) = (&source, gguf) {
			source = file.string("tokenizer.chat_template")?.map(str::to_string);
		}
		Self::new(source.unwrap_or_else(|| MIXTRAL_TEMPLATE.to_string()), bos_token, eos_token)
	}

	/// The folder's template (or Mixtral's), with the tokenizer's special token texts.
	pub fn from_folder(folder: &ModelFolder, bos_token: &str, eos_token: &str) -> Result<Self> {
		Self::load(folder, None, bos_token, eos_token)
	}

	/// A template from its Jinja source.
	pub fn new(source: String, bos_token: &str, eos_token: &str) -> Result<Self> {
		let mut env = minijinja::Environment::new();
		// transformers renders with trim_blocks and lstrip_blocks, and its templates call
		// Python's string methods.
		env.set_trim_blocks(true);
		env.set_lstrip_blocks(true);
		env.set_unknown_method_callback(minijinja_contrib::pycompat::unknown_method_callback);
		env.add_function(
			"raise_exception",
			|message: String| -> std::result::Result<String, minijinja::Error> {
				Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, message))
			},
		);
		env.add_template_owned("chat", source).map_err(|e| EngineError::Template(e.to_string()))?;
		Ok(Self { env, bos_token: bos_token.into(), eos_token: eos_token.into(), now: None })
	}

	/// The same template with `strftime_now` fixed at `unix_seconds` (tests, replays).
	pub fn at_time(mut self, unix_seconds: u64) -> Self {
		self.now = Some(unix_seconds);
		self
	}

	/// The prompt text for `messages`; `add_generation_prompt` as transformers passes it.
	pub fn render(&self, messages: &[ChatMessage], add_generation_prompt: bool) -> Result<String> {
		if messages.is_empty() {
			return Err(EngineError::Template("a conversation needs at least one message".into()));
		}
		let template =
			self.env.get_template("chat").map_err(|e| EngineError::Template(e.to_string()))?;
		let now = self.now.unwrap_or_else(|| {
			std::time::SystemTime::now()
				.duration_since(std::time::UNIX_EPOCH)
				.map(|elapsed| elapsed.as_secs())
				.unwrap_or(0)
		});
		let strftime_now =
			minijinja::Value::from_function(move |format: String| strftime(now, &format));
		template
			.render(minijinja::context! {
				messages => messages,
				bos_token => &self.bos_token,
				eos_token => &self.eos_token,
				add_generation_prompt => add_generation_prompt,
				strftime_now => strftime_now,
			})
			.map_err(|e| EngineError::Template(e.to_string()))
	}
}

/// `format` with Python's `strftime` codes for the UTC time `unix_seconds` (the codes chat
/// templates use: `%d %m %Y %y %B %b %A %a %H %M %S %j %%`; others are kept as written).
fn strftime(unix_seconds: u64, format: &str) -> String {
	const MONTHS: [&str; 12] = [
		"January",
		"February",
		"March",
		"April",
		"May",
		"June",
		"July",
		"August",
		"September",
		"October",
		"November",
		"December",
	];
	const DAYS: [&str; 7] =
		["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
	let days = unix_seconds / 86_400;
	let seconds = unix_seconds % 86_400;
	let (year, month, day) = civil_from_days(days);
	// 1970-01-01 was a Thursday.
	let weekday = DAYS[((days + 3) % 7) as usize];
	let month_name = MONTHS[(month - 1) as usize];
	let day_of_year = days - days_from_civil(year, 1, 1) + 1;
	let mut out = String::new();
	let mut chars = format.chars();
	while let Some(c) = chars.next() {
		if c != '%' {
			out.push(c);
			continue;
		}
		match chars.next() {
			Some('d') => out.push_str(&format!("{day:02}")),
			Some('m') => out.push_str(&format!("{month:02}")),
			Some('Y') => out.push_str(&year.to_string()),
			Some('y') => out.push_str(&format!("{:02}", year % 100)),
			Some('B') => out.push_str(month_name),
			Some('b') => out.push_str(&month_name[..3]),
			Some('A') => out.push_str(weekday),
			Some('a') => out.push_str(&weekday[..3]),
			Some('H') => out.push_str(&format!("{:02}", seconds / 3600)),
			Some('M') => out.push_str(&format!("{:02}", seconds / 60 % 60)),
			Some('S') => out.push_str(&format!("{:02}", seconds % 60)),
			Some('j') => out.push_str(&format!("{day_of_year:03}")),
			Some('%') => out.push('%'),
			Some(other) => {
				out.push('%');
				out.push(other);
			}
			None => out.push('%'),
		}
	}
	out
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
	let z = days + 719_468;
	let era = z / 146_097;
	let day_of_era = z - era * 146_097;
	let year_of_era =
		(day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let shifted_month = (5 * day_of_year + 2) / 153;
	let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
	let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
	let year = year_of_era + era * 400 + u64::from(month <= 2);
	(year, month, day)
}

/// Days since 1970-01-01 of a date (the inverse of `civil_from_days`).
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
	let year = if month <= 2 { year - 1 } else { year };
	let era = year / 400;
	let year_of_era = year - era * 400;
	let shifted_month = if month > 2 { month - 3 } else { month + 9 };
	let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
	let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
	use super::*;

	fn mixtral() -> ChatTemplate {
		ChatTemplate::new(MIXTRAL_TEMPLATE.into(), "<s>", "</s>").expect("parses")
	}

	#[test]
	fn system_message_folds_into_the_first_user_turn() {
		let text = mixtral()
			.render(
				&[ChatMessage::new("system", "Be brief."), ChatMessage::new("user", "Hi")],
				true,
			)
			.expect("renders");
		assert_eq!(text, "<s>[INST] Be brief.\n\nHi [/INST]");
	}

	#[test]
	fn turns_alternate_and_assistant_turns_end_with_eos() {
		let messages = [
			ChatMessage::new("user", "a"),
			ChatMessage::new("assistant", "b"),
			ChatMessage::new("user", "c"),
		];
		assert_eq!(
			mixtral().render(&messages, true).expect("renders"),
			"<s>[INST] a [/INST] b</s>[INST] c [/INST]"
		);
	}

	#[test]
	fn roles_out_of_order_and_empty_conversations_are_refused() {
		let error = mixtral()
			.render(&[ChatMessage::new("assistant", "x")], true)
			.expect_err("must alternate");
		assert!(error.to_string().contains("alternate"), "{error}");
		assert!(mixtral().render(&[ChatMessage::new("tool", "x")], true).is_err());
		assert!(mixtral().render(&[], true).is_err());
	}

	#[test]
	fn python_string_methods_and_a_fixed_date_render() {
		let template = ChatTemplate::new(
			"{{ strftime_now('%d %b %Y, %A %H:%M:%S, day %j') }}|{% for m in messages %}{{ m['content'].strip().upper() }}{% if m['role'].startswith('us') %}!{% endif %}{% endfor %}".into(),
			"<s>",
			"</s>",
		)
		.expect("parses")
		// 2026-12-02 13:34:24 UTC, a Wednesday.
		.at_time(1_796_218_464);
		let text = template.render(&[ChatMessage::new("user", "  hi  ")], true).expect("renders");
		assert_eq!(text, "02 Dec 2026, Wednesday 13:34:24, day 336|HI!");
		assert_eq!(strftime(0, "%Y-%m-%d %a %y %B %%"), "1970-01-01 Thu 70 January %");
		assert_eq!(strftime(951_782_400, "%d %b %Y"), "29 Feb 2000");
	}
}
