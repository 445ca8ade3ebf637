//! Chat prompts: the folder's Jinja chat template (`chat_template` in tokenizer_config.json
//! or `chat_template.jinja`), rendered as transformers renders it, or, when the folder has
//! none, the Mixtral-Instruct format with the system message folded into the first user turn.

use crate::{
	error::{EngineError, Result},
	load::folder::ModelFolder,
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

impl ChatTemplate {
	/// The folder's template (or Mixtral's), with the tokenizer's special token texts.
	pub fn from_folder(folder: &ModelFolder, bos_token: &str, eos_token: &str) -> Result<Self> {
		let mut source = None;
		if folder.has("chat_template.jinja") {
			let path = folder.path("chat_template.jinja");
			source = Some(std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?);
		} else if folder.has("tokenizer_config.json") {
			let path = folder.path("tokenizer_config.json");
			let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
			let config: TemplateConfig = serde_json::from_str(&text)
				.map_err(|e| EngineError::config("tokenizer_config.json", e.to_string()))?;
			source = match config.chat_template {
				Some(TemplateField::One(template)) => Some(template),
				Some(TemplateField::Named(templates)) => templates
					.into_iter()
					.find(|named| named.name == "default")
					.map(|named| named.template),
				None => None,
			};
		}
		Self::new(source.unwrap_or_else(|| MIXTRAL_TEMPLATE.to_string()), bos_token, eos_token)
	}

	/// A template from its Jinja source.
	pub fn new(source: String, bos_token: &str, eos_token: &str) -> Result<Self> {
		let mut env = minijinja::Environment::new();
		// transformers renders with trim_blocks and lstrip_blocks.
		env.set_trim_blocks(true);
		env.set_lstrip_blocks(true);
		env.add_function(
			"raise_exception",
			|message: String| -> std::result::Result<String, minijinja::Error> {
				Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, message))
			},
		);
		env.add_template_owned("chat", source).map_err(|e| EngineError::Template(e.to_string()))?;
		Ok(Self { env, bos_token: bos_token.into(), eos_token: eos_token.into() })
	}

	/// The prompt text for `messages`; `add_generation_prompt` as transformers passes it.
	pub fn render(&self, messages: &[ChatMessage], add_generation_prompt: bool) -> Result<String> {
		if messages.is_empty() {
			return Err(EngineError::Template("a conversation needs at least one message".into()));
		}
		let template =
			self.env.get_template("chat").map_err(|e| EngineError::Template(e.to_string()))?;
		template
			.render(minijinja::context! {
				messages => messages,
				bos_token => &self.bos_token,
				eos_token => &self.eos_token,
				add_generation_prompt => add_generation_prompt,
			})
			.map_err(|e| EngineError::Template(e.to_string()))
	}
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
}
