//! Serving: one sequence's decoding state, the batch scheduler that runs concurrent requests
//! through shared forward passes, the speed benchmark and the replay of recorded generations.

pub mod bench;
pub mod budget;
pub mod replay;
pub mod scheduler;
pub mod sequence;
