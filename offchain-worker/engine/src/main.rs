//! The engine command line (in progress: see issue 5).

fn main() {}
