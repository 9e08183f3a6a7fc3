//! Text matching: fold characters, normalize with a map back to the original bytes, and find the
//! phrases of compiled term sets. Knows nothing of rules.

pub mod fold;
pub mod normalize;
pub mod terms;
