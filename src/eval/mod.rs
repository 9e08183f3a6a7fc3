//! Evaluation: records (what an input says), the field schema, rules applied to records, findings.

pub mod build;
pub mod evaluate;
pub mod examples;
pub mod finding;
pub mod grants;
pub mod record;
pub mod registered;
