//! The models this miner serves: each loaded once, behind its own batch scheduler.

use gintonic_engine::BatchScheduler;
use gintonic_primitives::ModelId;
use std::collections::HashMap;

/// One model being served.
pub struct ServedModel {
	/// Its on-chain id.
	pub id: ModelId,
	/// Its registered name.
	pub name: String,
	/// The precision it runs at (`f32`, `bf16`, …).
	pub precision: String,
	/// The scheduler every request for it goes through.
	pub scheduler: BatchScheduler,
}

/// The served models, by id.
#[derive(Default)]
pub struct ModelSet {
	models: HashMap<ModelId, ServedModel>,
}

impl ModelSet {
	/// Serves `model`.
	pub fn insert(&mut self, model: ServedModel) {
		self.models.insert(model.id, model);
	}

	/// The model with `id`, when served.
	pub fn get(&self, id: &ModelId) -> Option<&ServedModel> {
		self.models.get(id)
	}

	/// Every served model.
	pub fn iter(&self) -> impl Iterator<Item = &ServedModel> {
		self.models.values()
	}

	/// How many models are served.
	pub fn len(&self) -> usize {
		self.models.len()
	}

	/// Whether none is.
	pub fn is_empty(&self) -> bool {
		self.models.is_empty()
	}
}
