//! Markdown reference emitter.

use crate::{Catalogue, GeneratedFile};

pub fn emit(_catalogue: &Catalogue) -> Vec<GeneratedFile> {
    Vec::new()
}
