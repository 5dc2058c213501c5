//! The licence texts the generator can write into both packages, by SPDX
//! id. A package on a registry must carry its licence's text, not only its
//! id, so a catalogue may name only a licence whose text is here (the
//! loader says so, at the `license` line); adding one is adding an arm.

use crate::model::Catalogue;

/// The SPDX ids whose text the generator writes.
pub const WRITABLE: &[&str] = &["MIT"];

/// The `LICENSE` file of both packages, when the catalogue names a licence.
/// The copyright holders are named by the repository (or the catalogue's
/// title without one): no year, so the file does not change with the date.
pub fn license_file(catalogue: &Catalogue) -> Option<String> {
    let holders = match &catalogue.package.repository {
        Some(repository) => format!("the contributors of {repository}"),
        None => format!("the authors of \"{}\"", catalogue.title),
    };
    match catalogue.package.license.as_deref()? {
        "MIT" => Some(mit(&holders)),
        // The loader refuses every other id.
        _ => None,
    }
}

fn mit(holders: &str) -> String {
    format!(
        "MIT License

Copyright (c) {holders}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the \"Software\"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_licence_is_the_one_the_packages_get() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = std::fs::read_to_string(root.join("catalogue.toml")).unwrap();
        let catalogue = crate::load(&text).unwrap_or_else(|d| panic!("{}", d.render("catalogue.toml", &text)));
        let written = license_file(&catalogue).expect("the shipped catalogue names a licence");
        assert_eq!(std::fs::read_to_string(root.join("LICENSE")).unwrap(), written);
        assert!(written.starts_with("MIT License\n\nCopyright (c) the contributors of https://"), "{written}");
    }
}
