//! Located problems in a catalogue, rendered with a source snippet.

use std::ops::Range;

/// One problem, located by a byte range in the catalogue text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub span: Range<usize>,
    pub label: String,
    /// Other places that explain the problem (e.g. the first definition of a duplicate).
    pub related: Vec<(Range<usize>, String)>,
}

/// Every problem found in one run, in source order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn render(&self, path: &str, _source: &str) -> String {
        self.0.iter().map(|d| format!("error: {}: {}\n", path, d.message)).collect()
    }
}
