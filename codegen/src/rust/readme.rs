//! `rust/README.md`: the crate's page on crates.io (its `readme`): what the
//! crate holds, for which SDK version, how to depend on it, and its
//! licence. The API itself is documented in the crate docs.

use crate::model::Catalogue;
use crate::output::HEADER;

pub(super) fn readme_md(catalogue: &Catalogue) -> String {
    let name = &catalogue.rust.crate_name;
    let version = &catalogue.version;
    let mut out = format!("<!-- {HEADER} -->\n\n# {name}\n\n");
    let whose = match (&catalogue.package.sdk, &catalogue.package.sdk_version) {
        (Some(sdk), Some(sdk_version)) => format!("The error codes of the {sdk} {sdk_version}"),
        (Some(sdk), None) => format!("The error codes of the {sdk}"),
        (None, Some(sdk_version)) => format!("The error codes of the SDK, version {sdk_version}"),
        (None, None) => "The error codes of the SDK".to_owned(),
    };
    out.push_str(&format!(
        "{whose}, as `no_std` Rust enums: each code's number, name, category, description, the SDK \
         methods that raise it and its numbered reasons, from the catalogue \"{}\". The API is documented \
         on [docs.rs](https://docs.rs/{name}).\n",
        catalogue.title
    ));
    out.push_str(&format!(
        "\n## Install\n\n```sh\ncargo add {name}                # the serde and alloc features add ErrorPayload\n```\n"
    ));
    if let Some(repository) = &catalogue.package.repository {
        out.push_str(&format!(
            "\nor a `git` dependency pinned to a release tag:\n\n```toml\n[dependencies]\n\
             {name} = {{ git = \"{repository}\", tag = \"v{version}\" }}\n```\n"
        ));
    }
    if let Some(license) = &catalogue.package.license {
        out.push_str(&format!("\n## Licence\n\n{license}: see the file LICENSE.\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rust::tests::catalogue;

    #[test]
    fn the_readme_says_which_sdk_and_how_to_depend() {
        let mut catalogue = catalogue("text");
        let readme = readme_md(&catalogue);
        assert!(readme.contains("\n## Install\n\n```sh\ncargo add "), "{readme}");
        assert!(!readme.contains("git = ") && !readme.contains("## Licence"), "{readme}");
        catalogue.package.sdk = Some("Example SDK".to_owned());
        catalogue.package.sdk_version = Some("2.5.0".to_owned());
        catalogue.package.repository = Some("https://example.com/errors".to_owned());
        catalogue.package.license = Some("MIT".to_owned());
        let readme = readme_md(&catalogue);
        assert!(readme.contains("The error codes of the Example SDK 2.5.0, as `no_std` Rust enums"), "{readme}");
        let pinned = format!(
            "{} = {{ git = \"https://example.com/errors\", tag = \"v{}\" }}",
            catalogue.rust.crate_name, catalogue.version
        );
        assert!(readme.contains(&pinned), "{readme}");
        assert!(readme.contains("\n## Licence\n\nMIT: see the file LICENSE.\n"), "{readme}");
    }
}
