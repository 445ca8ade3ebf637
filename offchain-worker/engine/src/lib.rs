//! LLM inference on candle for Gintonic miners (in progress: see issue 5).
