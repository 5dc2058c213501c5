//! One payload corpus, `tests/data/payload-corpus.txt`, through every
//! validator of both strictnesses: the TypeScript guards and Ajv (Node),
//! Python's `jsonschema`, boon and the Rust payload types. Each line says
//! what the strict and the lenient validators must answer, and where a JSON
//! parser decides before any validator runs, which validators differ and
//! (in a comment above the line) why. Every disagreement with the file is
//! reported at once, with the whole table.
//!
//! The generated files on disk are what is checked (the Rust crate is
//! compiled from them anyway); the drift test holds them to the catalogue.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use boon::{Compiler, Schemas};
use serde_json::{Value, json};
use tests::{node_tooling, python_tooling, shipped_catalogue, workspace_root};
use video_sdk_error_codes::{ErrorPayload, KnownErrorPayload};

const CORPUS: &str = "tests/data/payload-corpus.txt";

/// The validators, in the order of the table; each runs behind one parser.
const VALIDATORS: [&str; 5] = ["ts", "ajv", "python", "boon", "rust"];

/// One line of the corpus.
#[derive(Debug)]
struct Line {
    number: usize,
    /// The strict and the lenient verdict.
    expected: [bool; 2],
    /// Validators whose parser decides otherwise, with their verdict for
    /// both strictnesses.
    parser_verdicts: BTreeMap<String, bool>,
    /// The JSON text as written, and with its placeholders replaced.
    raw: String,
    text: String,
}

impl Line {
    fn expected(&self, validator: &str, strictness: usize) -> bool {
        self.parser_verdicts.get(validator).copied().unwrap_or(self.expected[strictness])
    }
}

fn verdict(word: &str) -> Option<bool> {
    match word {
        "accept" => Some(true),
        "reject" => Some(false),
        _ => None,
    }
}

/// The number written with an exponent: 6010 as `6.01e3`.
fn with_exponent(code: u32) -> String {
    let digits = code.to_string();
    let (first, rest) = digits.split_at(1);
    let rest = rest.trim_end_matches('0');
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{first}{dot}{rest}e{}", digits.len() - 1)
}

fn corpus() -> Vec<Line> {
    let catalogue = shipped_catalogue();
    let codes: Vec<u32> = catalogue.errors.iter().map(|error| error.code).collect();
    for reserved in [0, u32::MAX] {
        assert!(!codes.contains(&reserved), "the corpus takes {reserved} to be no code, but the catalogue has it");
    }
    let known = catalogue
        .errors
        .iter()
        .find(|error| !error.reasons.is_empty())
        .or(catalogue.errors.first())
        .expect("the catalogue has codes");
    let unknown = (7000..).find(|code| !codes.contains(code)).unwrap();

    let path = workspace_root().join(CORPUS);
    let text = std::fs::read_to_string(&path).expect("the corpus is readable");
    let mut lines = Vec::new();
    let mut commented = false;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        if raw.trim().is_empty() {
            commented = false;
            continue;
        }
        if raw.starts_with('#') {
            commented = true;
            continue;
        }
        let mut rest = raw;
        let mut words = Vec::new();
        while let Some((word, after)) = rest.split_once(' ') {
            if verdict(word).is_none() && !word.contains('=') {
                break;
            }
            words.push(word);
            rest = after;
        }
        let place = format!("{CORPUS}:{number}");
        assert!(words.len() >= 2, "{place}: a line starts with the strict and the lenient verdict");
        let expected = [words[0], words[1]].map(|word| verdict(word).unwrap_or_else(|| panic!("{place}: `{word}`")));
        let mut parser_verdicts = BTreeMap::new();
        for word in &words[2..] {
            let (validator, word) = word.split_once('=').unwrap_or_else(|| panic!("{place}: `{word}`"));
            assert!(VALIDATORS.contains(&validator), "{place}: no validator `{validator}`");
            let verdict = verdict(word).unwrap_or_else(|| panic!("{place}: `{word}` is no verdict"));
            parser_verdicts.insert(validator.to_owned(), verdict);
        }
        assert!(
            parser_verdicts.is_empty() || commented,
            "{place}: a parser's verdict needs a comment above the line that says why"
        );
        let text = rest
            .replace("$KNOWN_NAME", &known.name)
            .replace("$KNOWN_E", &with_exponent(known.code))
            .replace("$KNOWN", &known.code.to_string())
            .replace("$UNKNOWN", &unknown.to_string());
        assert!(!text.contains('$'), "{place}: an unknown placeholder");
        lines.push(Line { number, expected, parser_verdicts, raw: rest.to_owned(), text });
    }
    assert!(lines.len() >= 30, "the corpus has {} lines", lines.len());
    lines
}

fn schema() -> Value {
    let path = workspace_root().join("generated/schema/error-codes.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the schema is readable")).expect("the schema is JSON")
}

/// Runs a script that reads one JSON request on stdin and prints one JSON
/// report.
fn run_script(command: &mut Command, request: &Value, what: &str) -> Value {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|error| panic!("{what}: cannot start: {error}"));
    // The scripts read all of stdin before writing: no deadlock.
    child.stdin.take().unwrap().write_all(request.to_string().as_bytes()).expect("can write the request");
    let output = child.wait_with_output().expect("the script runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{what} failed:\n{stderr}");
    assert!(stderr.trim().is_empty(), "{what} wrote to stderr:\n{stderr}");
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| panic!("{what} printed no JSON report: {error}"))
}

fn pair(value: &Value) -> [bool; 2] {
    let items = value.as_array().expect("a pair of verdicts");
    [0, 1].map(|index| items[index].as_bool().expect("a boolean verdict"))
}

/// `[strict, lenient]` per validator, per line.
type Verdicts = BTreeMap<&'static str, Vec<[bool; 2]>>;

/// Where each error of the strict schema points, per validator, per line.
type StrictErrors = BTreeMap<&'static str, Vec<Vec<String>>>;

fn error_places(line: &Value) -> Vec<String> {
    line["strictErrors"]
        .as_array()
        .expect("strictErrors")
        .iter()
        .map(|place| place.as_str().expect("a place").to_owned())
        .collect()
}

fn node_verdicts(schema: &Value, texts: &[&str], verdicts: &mut Verdicts, errors: &mut StrictErrors) {
    let dir = node_tooling();
    let request = json!({
        "schema": schema,
        "packageSrc": workspace_root().join("generated/typescript/src"),
        "texts": texts,
    });
    let report = run_script(
        Command::new("node").arg("payload-corpus.mjs").current_dir(&dir),
        &request,
        "tests/node/payload-corpus.mjs",
    );
    assert_eq!(report["warnings"], json!([]), "Ajv or the package logged something");
    let lines = report["verdicts"].as_array().expect("verdicts");
    assert_eq!(lines.len(), texts.len());
    for validator in ["ts", "ajv"] {
        verdicts.insert(validator, lines.iter().map(|line| pair(&line[validator])).collect());
    }
    errors.insert("ajv", lines.iter().map(error_places).collect());
}

fn python_verdicts(schema: &Value, texts: &[&str], verdicts: &mut Verdicts, errors: &mut StrictErrors) {
    let python = python_tooling().join("python");
    let script = workspace_root().join("tests/python/payload_corpus.py");
    let report = run_script(
        Command::new(python).arg(script),
        &json!({ "schema": schema, "texts": texts }),
        "tests/python/payload_corpus.py",
    );
    let lines = report["verdicts"].as_array().expect("verdicts");
    assert_eq!(lines.len(), texts.len());
    verdicts.insert("python", lines.iter().map(|line| pair(&line["python"])).collect());
    errors.insert("python", lines.iter().map(error_places).collect());
}

/// The instance locations of the innermost errors of a boon error.
fn boon_places(error: &boon::ValidationError<'_, '_>, places: &mut Vec<String>) {
    if error.causes.is_empty() {
        places.push(error.instance_location.to_string());
    }
    for cause in &error.causes {
        boon_places(cause, places);
    }
}

fn boon_verdicts(schema: &Value, texts: &[&str], verdicts: &mut Verdicts, errors: &mut StrictErrors) {
    let id = schema["$id"].as_str().expect("the schema has an $id");
    let mut compiler = Compiler::new();
    compiler.add_resource(id, schema.clone()).expect("boon takes the schema");
    let mut schemas = Schemas::new();
    let strict = compiler.compile(id, &mut schemas).expect("boon compiles the root");
    let lenient =
        compiler.compile(&format!("{id}#/$defs/AnyErrorPayload"), &mut schemas).expect("boon compiles AnyErrorPayload");
    let mut places = Vec::new();
    let mut judged = Vec::new();
    for text in texts {
        let mut strict_places = Vec::new();
        judged.push(match serde_json::from_str::<Value>(text) {
            Ok(value) => {
                if let Err(error) = schemas.validate(&value, strict) {
                    boon_places(&error, &mut strict_places);
                }
                [strict_places.is_empty(), schemas.validate(&value, lenient).is_ok()]
            }
            Err(_) => [false, false],
        });
        places.push(strict_places);
    }
    verdicts.insert("boon", judged);
    errors.insert("boon", places);
}

fn rust_verdicts(texts: &[&str], verdicts: &mut Verdicts) {
    let judge = |text: &str| {
        [serde_json::from_str::<KnownErrorPayload>(text).is_ok(), serde_json::from_str::<ErrorPayload>(text).is_ok()]
    };
    verdicts.insert("rust", texts.iter().map(|text| judge(text)).collect());
}

fn mark(verdict: bool) -> &'static str {
    if verdict { "accept" } else { "reject" }
}

#[test]
fn every_validator_gives_every_line_the_verdict_the_corpus_states() {
    let lines = corpus();
    let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
    let schema = schema();
    let mut verdicts = Verdicts::new();
    let mut errors = StrictErrors::new();
    node_verdicts(&schema, &texts, &mut verdicts, &mut errors);
    python_verdicts(&schema, &texts, &mut verdicts, &mut errors);
    boon_verdicts(&schema, &texts, &mut verdicts, &mut errors);
    rust_verdicts(&texts, &mut verdicts);

    // The table: one column per validator, strict/lenient in each cell.
    let mut table = format!("| line | expected | {} | text |\n|---|---|", VALIDATORS.join(" | "));
    table.push_str(&"---|".repeat(VALIDATORS.len()));
    table.push_str("---|\n");
    let mut wrong = Vec::new();
    for (position, line) in lines.iter().enumerate() {
        let _ = write!(table, "| {} | {} / {} |", line.number, mark(line.expected[0]), mark(line.expected[1]));
        for validator in VALIDATORS {
            let got = verdicts[validator][position];
            let expected = [0, 1].map(|strictness| line.expected(validator, strictness));
            let flag = if got == expected { "" } else { " **(wrong)**" };
            let _ = write!(table, " {} / {}{flag} |", mark(got[0]), mark(got[1]));
            if got != expected {
                wrong.push(format!(
                    "{CORPUS}:{}: {validator} says {} / {}, the corpus {} / {}: {}",
                    line.number,
                    mark(got[0]),
                    mark(got[1]),
                    mark(expected[0]),
                    mark(expected[1]),
                    line.text
                ));
            }
        }
        let _ = writeln!(table, " `{}` |", line.text.replace('|', "\\|"));
    }
    println!("{table}");

    // A code the catalogue does not know is rejected by the strict schema
    // with at most three errors, each at `errorCode`.
    let mut unknown_lines = 0;
    for (position, line) in lines.iter().enumerate() {
        if line.expected != [false, true] || !line.parser_verdicts.is_empty() {
            continue;
        }
        unknown_lines += 1;
        for (validator, places) in &errors {
            let places = &places[position];
            let at_the_field = places.iter().all(|place| place.contains("errorCode"));
            if places.is_empty() || places.len() > 3 || !at_the_field {
                wrong.push(format!(
                    "{CORPUS}:{}: {validator} rejects an unknown code with {} errors at {places:?}",
                    line.number,
                    places.len()
                ));
            }
        }
    }
    assert!(unknown_lines >= 3, "the corpus has lines with unknown codes");
    assert!(wrong.is_empty(), "{} verdicts differ from the corpus:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn the_corpus_covers_what_it_must() {
    let lines = corpus();
    let has = |needle: &str| lines.iter().any(|line| line.raw.contains(needle));
    for needle in [
        "\"subCode\": 1",
        "$KNOWN.0}",
        "$KNOWN_E",
        "-0}",
        "1e400",
        "\\ud800",
        "18446744073709551616",
        "\"$KNOWN_NAME\"",
        "\"errorCode\": null",
        "\"name\": \"Error\"",
    ] {
        assert!(has(needle), "no line with {needle}");
    }
    let duplicates = lines.iter().filter(|line| line.raw.matches("\"errorCode\"").count() > 1).count();
    assert!(duplicates >= 2, "duplicate keys");
    assert!(lines.iter().any(|line| line.expected == [false, true]), "an unknown code");
    assert!(lines.iter().any(|line| line.expected == [true, true]), "a valid payload");
    // A parser's verdict is the exception, not the rule.
    let exceptions = lines.iter().filter(|line| !line.parser_verdicts.is_empty()).count();
    assert!(exceptions * 5 < lines.len(), "{exceptions} of {} lines are exceptions", lines.len());
    assert_eq!(with_exponent(6010), "6.01e3");
    assert_eq!(with_exponent(1), "1e0");
    assert_eq!(with_exponent(200), "2e2");
}
