//! typescript emitter.

use crate::{Catalogue, GeneratedFile};

/// Renders the typescript output files.
pub fn emit(_catalogue: &Catalogue) -> Vec<GeneratedFile> {
    Vec::new()
}
