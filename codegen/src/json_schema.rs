//! JSON Schema and JSON data emitter.

use crate::{Catalogue, GeneratedFile};

pub fn emit(_catalogue: &Catalogue) -> Vec<GeneratedFile> {
    Vec::new()
}
