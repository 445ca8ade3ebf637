//! Unit tests of the models pallet on the mock runtime, split by concern.

mod lifecycle;
mod ownership;
mod registration;
