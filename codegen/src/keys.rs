//! What `catalogue.toml` may hold: the keys of each table, and the form of
//! its names, versions and URLs.
//!
//! Below both the loader, which checks a catalogue against these, and the
//! editor schema emitter (`catalogue_schema.rs`), which writes them out as
//! a JSON Schema, so the two cannot drift apart. Adding a key to a table
//! starts here: its entry in the table's `Fields`, then the loader's
//! `load/walk.rs` reads it.

/// Names whose UpperCamelCase form is a word no generated language accepts
/// as an identifier, even raw (`Self` in Rust).
pub(crate) const RESERVED_NAMES: &[&str] = &["SELF"];

/// One key a table of the catalogue takes. The loader rejects every other
/// key and reports a missing required one; the editor schema
/// (`catalogue_schema.rs`) is generated from the same lists, with `doc` as
/// the hover text, so the two cannot drift apart.
#[derive(Debug)]
pub(crate) struct Key {
    pub name: &'static str,
    pub required: bool,
    pub doc: &'static str,
}

/// A table of the catalogue: how messages name it, and its keys.
#[derive(Debug)]
pub(crate) struct Fields {
    pub what: &'static str,
    pub keys: &'static [Key],
}

impl Fields {
    pub(crate) fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.keys.iter().map(|key| key.name)
    }

    pub(crate) fn required(&self, name: &str) -> bool {
        self.keys.iter().any(|key| key.name == name && key.required)
    }
}

const fn key(name: &'static str, required: bool, doc: &'static str) -> Key {
    Key { name, required, doc }
}

pub(crate) const TOP_LEVEL: Fields = Fields {
    what: "the top level",
    keys: &[
        key("catalogue", true, "The reference's title, intro paragraph and package version."),
        key("targets", true, "Per-language settings of the generated packages."),
        key("category", false, "One per section of the reference, in document order."),
        key("error", false, "One per error code, in document order."),
        key("reserved", false, "Numbers and names of removed codes, which no code may take again."),
    ],
};

pub(crate) const CATALOGUE: Fields = Fields {
    what: "[catalogue]",
    keys: &[
        key("title", true, "The title of the Markdown reference."),
        key("intro", true, "The paragraph under the reference's title."),
        key("version", true, "The version of the generated packages, MAJOR.MINOR.PATCH (semver)."),
        key("sdk", false, "The name of the SDK whose codes these are, for the packages' documentation."),
        key("license", false, "The SPDX license expression of the generated packages, e.g. \"MIT\"."),
        key("repository", false, "The https:// URL of the repository, in both packages' metadata."),
    ],
};

pub(crate) const TARGETS: Fields = Fields {
    what: "[targets]",
    keys: &[
        key("rust", true, "Settings of the generated Rust crate."),
        key("typescript", true, "Settings of the generated TypeScript package."),
        key("json_schema", true, "Settings of the generated JSON Schema."),
    ],
};

pub(crate) const RUST_TARGET: Fields = Fields {
    what: "[targets.rust]",
    keys: &[key("crate", true, "The name of the generated crate: lower-case letters, digits, `-` and `_`.")],
};

pub(crate) const TYPESCRIPT_TARGET: Fields = Fields {
    what: "[targets.typescript]",
    keys: &[
        key("package", true, "The npm name of the generated package, `name` or `@scope/name`."),
        key(
            "style",
            false,
            "How the codes are declared: \"enum\" (a TypeScript enum, the default) or \"const-object\" \
             (a const object and a union type: erasable syntax).",
        ),
    ],
};

/// The values of `style` in `[targets.typescript]`, the first the default.
pub(crate) const TYPESCRIPT_STYLES: &[&str] = &["enum", "const-object"];

pub(crate) const JSON_SCHEMA_TARGET: Fields = Fields {
    what: "[targets.json_schema]",
    keys: &[key("id", true, "The `$id` of the generated schema: an absolute URI without a fragment.")],
};

pub(crate) const CATEGORY: Fields = Fields {
    what: "[[category]]",
    keys: &[
        key("id", true, "Stable snake_case identifier of the section; never rename one."),
        key("title", true, "The section heading, verbatim."),
        key("description", false, "A paragraph under the heading."),
        key("parent", false, "The id of the enclosing section, defined above this one."),
    ],
};

pub(crate) const ERROR: Fields = Fields {
    what: "[[error]]",
    keys: &[
        key("code", true, "The numeric code: an unsigned 32-bit integer, unique; never reuse one."),
        key("name", true, "SCREAMING_SNAKE_CASE name, unique; it becomes an identifier in every language."),
        key("category", true, "The id of a [[category]]."),
        key("description", false, "What the error means, in the SDK's own words."),
        key("methods", false, "Every SDK method the description names, as `object.method` or `object.getter.method`."),
        key("details", false, "Un-numbered notes: causes, messages."),
        key("reasons", false, "Numbered sub-reasons of this error."),
        key("deprecated", false, "Why the code is retired; it stays in the catalogue."),
        key("since", false, "The SDK version that introduced the code, MAJOR.MINOR.PATCH (semver)."),
    ],
};

pub(crate) const REASON: Fields = Fields {
    what: "[[error.reasons]]",
    keys: &[
        key("code", true, "The reason's number, unique within its error."),
        key("name", true, "SCREAMING_SNAKE_CASE name, unique within its error."),
        key("description", true, "What the reason means."),
    ],
};

pub(crate) const RESERVED: Fields = Fields {
    what: "[[reserved]]",
    keys: &[
        key("code", false, "The number of a removed code; no [[error]] may use it again."),
        key("name", false, "The name of a removed code; no [[error]] may use it again."),
        key("note", false, "Why and when the code was removed."),
    ],
};

// Each rule on the form of a value, as a regular expression too, for the
// editor schema (`catalogue_schema.rs`). Each sits beside the function the
// loader runs; the editor-schema test runs both over the same fixtures.

pub(crate) const SCREAMING_SNAKE_PATTERN: &str = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

pub(crate) fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

pub(crate) const SNAKE_CASE_PATTERN: &str = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

pub(crate) fn is_snake_case(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('_')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// `stream.startAudio`, `stream.getAnnotationController.clear`: two or more
/// JavaScript identifiers (ASCII) joined by dots.
pub(crate) const METHOD_PATH_PATTERN: &str = r"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)+$";

pub(crate) fn is_method_path(path: &str) -> bool {
    let segments: Vec<&str> = path.split('.').collect();
    segments.len() >= 2
        && segments.iter().all(|segment| {
            segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
                && segment.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        })
}

pub(crate) const SEMVER_PATTERN: &str =
    r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$";

pub(crate) fn is_semver(version: &str) -> bool {
    let (core, pre) = version.split_once('-').unwrap_or((version, ""));
    let numbers: Vec<&str> = core.split('.').collect();
    numbers.len() == 3
        && numbers
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && (n.len() == 1 || !n.starts_with('0')))
        && (version.len() == core.len()
            || (!pre.is_empty()
                && pre
                    .split('.')
                    .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))))
}

pub(crate) const NPM_NAME_PATTERN: &str = "^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$";
pub(crate) const NPM_NAME_MAX_LENGTH: u32 = 214;

pub(crate) const CRATE_NAME_PATTERN: &str = "^[a-z][a-z0-9_-]*$";

pub(crate) fn is_crate_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// An absolute URI without a fragment.
pub(crate) const SCHEMA_ID_PATTERN: &str = r"^(https://|http://|urn:)[^\s#]*$";

/// The characters of an SPDX license expression (`MIT OR Apache-2.0`).
pub(crate) const LICENSE_PATTERN: &str = r"^[A-Za-z0-9 .+()-]+$";

pub(crate) fn is_license(license: &str) -> bool {
    license.chars().all(|c| c.is_ascii_alphanumeric() || " .+-()".contains(c))
}

/// An https:// URL without white space.
pub(crate) const REPOSITORY_PATTERN: &str = r"^https://\S*$";

pub(crate) fn is_repository(url: &str) -> bool {
    url.starts_with("https://") && !url.contains(char::is_whitespace)
}

pub(crate) fn is_schema_id(id: &str) -> bool {
    let absolute = ["https://", "http://", "urn:"].iter().any(|scheme| id.starts_with(scheme));
    absolute && !id.contains(|c: char| c.is_whitespace() || c == '#')
}

pub(crate) fn is_npm_name(name: &str) -> bool {
    let part_ok = |part: &str| {
        !part.is_empty()
            && !part.starts_with(['.', '_'])
            && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c))
    };
    let well_formed = match name.strip_prefix('@') {
        Some(scoped) => scoped.split_once('/').is_some_and(|(scope, package)| part_ok(scope) && part_ok(package)),
        None => part_ok(name),
    };
    well_formed && name.len() <= NPM_NAME_MAX_LENGTH as usize
}
