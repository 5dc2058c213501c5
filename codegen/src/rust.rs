//! rust emitter.

use crate::{Catalogue, GeneratedFile};

/// Renders the rust output files.
pub fn emit(_catalogue: &Catalogue) -> Vec<GeneratedFile> {
    Vec::new()
}
