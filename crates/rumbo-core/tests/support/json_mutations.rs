//! Structure-aware mutations of valid JSON exports, for the fuzz tests of
//! the JSON importer (`tests/fuzz_json.rs`, and rumbo-store's
//! `tests/fuzz_import.rs`, which includes this file by path).
//!
//! A [`Mutant`] starts from a valid document — the sample workspace in
//! either language, or the version 1–3 exports in `tests/fixtures/` — and
//! applies [`Op`]s to its JSON tree (delete a field, change a value's type,
//! extreme numbers, long or hostile strings, dangling and repeated ids,
//! other versions, raw tokens that are not JSON at all, deep nesting), then
//! [`TextOp`]s to its bytes (truncation, bit flips, repeated keys, stray
//! characters).

#![allow(dead_code)]

use std::sync::LazyLock;

use proptest::prelude::*;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::{Lang, sample};
use serde_json::{Map, Value};

/// The valid documents mutants start from.
pub static SEEDS: LazyLock<Vec<(&'static str, Value)>> = LazyLock::new(|| {
    let export = |lang| {
        sample::workspace(lang)
            .to_json()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let texts = [
        ("sample-en", export(Lang::En)),
        ("sample-es", export(Lang::Es)),
        (
            "fixture-v1",
            include_str!("../../../../tests/fixtures/workspace-v1.json").to_string(),
        ),
        (
            "fixture-v2",
            include_str!("../../../../tests/fixtures/workspace-v2.json").to_string(),
        ),
        (
            "fixture-v3",
            include_str!("../../../../tests/fixtures/workspace-v3.json").to_string(),
        ),
        (
            "fixture-v4",
            include_str!("../../../../tests/fixtures/workspace-v4.json").to_string(),
        ),
    ];
    texts
        .into_iter()
        .map(|(name, text)| {
            let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
            (name, value)
        })
        .collect()
});

/// The seeds that are the current version (serde reads them without migration).
pub const CURRENT_SEEDS: usize = 2;

/// A value of one JSON type.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Null,
    True,
    Zero,
    Empty,
    Word,
    EmptyList,
    List,
    EmptyObject,
}

impl Shape {
    fn value(self) -> Value {
        match self {
            Shape::Null => Value::Null,
            Shape::True => Value::Bool(true),
            Shape::Zero => Value::from(0),
            Shape::Empty => Value::from(""),
            Shape::Word => Value::from("x"),
            Shape::EmptyList => Value::Array(Vec::new()),
            Shape::List => Value::Array(vec![Value::from(1), Value::from("x")]),
            Shape::EmptyObject => Value::Object(Map::new()),
        }
    }
}

/// Numbers at and beyond the edges of every numeric field.
const NUMBERS: &[f64] = &[
    0.0,
    -0.0,
    1.0,
    2.0,
    3.0,
    4.0,
    5.0,
    5.5,
    10.0,
    11.0,
    28.0,
    29.0,
    52.0,
    53.0,
    100.0,
    101.0,
    167.99,
    168.0,
    168.000_000_1,
    3650.0,
    3651.0,
    -1.0,
    -0.5,
    0.1,
    1.0e-320,
    1.0e300,
    -1.0e300,
    f64::MAX,
    f64::MIN,
    f64::EPSILON,
    4_294_967_295.0,
    4_294_967_296.0,
    9_007_199_254_740_993.0,
];

/// Integers at the edges of `u8`, `u32` and `i64`.
const INTEGERS: &[i128] = &[
    255,
    256,
    65_535,
    4_294_967_295,
    4_294_967_296,
    i64::MAX as i128,
    i64::MIN as i128,
    u64::MAX as i128,
    -2_147_483_648,
];

/// Texts that are not JSON values, or JSON no other op writes.
pub const RAW_TOKENS: &[&str] = &[
    "NaN",
    "-NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "1e-400",
    "18446744073709551616",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "01",
    "1.",
    ".5",
    "+1",
    "0x10",
    "--1",
    "1e",
    "nul",
    "tru",
    "undefined",
    "'single'",
    "\"\\ud800\"",
    "\"\\udfff\"",
    "\"a\\ud800b\"",
    "\"\\ud800\\u0041\"",
    "\"\\ud800\\ud800\"",
    "\"\\ud83d\\ude00\"",
    "\"\\u0000\"",
    "\"\\x41\"",
    "\"\\u00\"",
    "\"\\uZZZZ\"",
    "\"tab\there\"",
    "\"line\nbreak\"",
    "\"nul\u{0}byte\"",
    "\"\u{1b}[31mred\"",
    "\"unterminated",
    "\"\\\"",
    "[1,]",
    "{\"a\":1,}",
    "{\"a\" 1}",
    "{1:2}",
    "[",
    "]",
    "{}}",
    "/* comment */ 1",
    "1 2",
];

/// A text to put in place of a text.
#[derive(Debug, Clone)]
pub enum Txt {
    Given(String),
    /// `char` repeated `n` times.
    Long(char, usize),
    /// Another text of the document (the `n`th), in other case: a name
    /// that repeats another ignoring case.
    CopyOf(u64, bool),
}

/// Names, padding, control characters, invisible and right-to-left marks,
/// and lengths at the limits (120 and 5,000 characters).
const TEXTS: &[&str] = &[
    "",
    " ",
    "   \t\n ",
    "x",
    "  padded  ",
    "\u{0}",
    "a\u{0}b",
    "\u{1}\u{2}\u{3}\u{7f}",
    "\u{1b}[2J\u{1b}[31m",
    "\r\n",
    "\u{200b}",
    "\u{202e}gnirts",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
    "e\u{301}",
    "İ",
    "ß",
    "Σ",
    "😀👩‍👩‍👧",
    "<script>alert(1)</script>",
    "'; DROP TABLE channel; --",
    "%s%n{}",
    "linkedin",
    "rejected",
    "all_staff",
    "weekly",
    "mon",
    "es",
    "roadmap",
    "2027-01-01",
];

/// Dates at the edges of the calendar and of what chrono and SQLite read.
const DATES: &[&str] = &[
    "2027-01-01",
    "2027-12-31",
    "2026-12-31",
    "2028-02-29",
    "2027-02-29",
    "2027-02-30",
    "2027-13-01",
    "2027-00-10",
    "2027-1-1",
    "27-01-01",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "-0001-12-31",
    "+10000-01-01",
    "10000-01-01",
    "+262143-12-31",
    "+262144-01-01",
    "-262144-01-01",
    "2027-01-01T00:00:00",
    "2027-01-01 ",
    " 2027-01-01",
    "2027/01/01",
    "01/01/2027",
    "",
];

/// The format versions to try.
const VERSIONS: &[i128] = &[
    0,
    1,
    2,
    3,
    4,
    5,
    99,
    -1,
    4_294_967_295,
    4_294_967_296,
    u64::MAX as i128,
];

/// One change to the JSON tree. The `u64`s pick a node among those the op
/// applies to.
#[derive(Debug, Clone)]
pub enum Op {
    /// Removes a field of an object or an element of an array.
    Delete(u64),
    /// Replaces a value with one of another JSON type.
    Retype(u64, Shape),
    /// Puts a number in place of a number.
    Number(u64, usize),
    /// Puts an integer at the edge of a type in place of a number.
    Integer(u64, usize),
    /// Puts a text in place of a text.
    Text(u64, Txt),
    /// Puts a date in place of a date.
    Date(u64, usize),
    /// Points an id or a link elsewhere: at another record, or nowhere.
    Link(u64, i64),
    /// Repeats an element of an array (same id, same name).
    RepeatElement(u64),
    /// Gives an element the id of its neighbour.
    CopyId(u64),
    /// Reverses (or rotates) an array.
    Reorder(u64, bool),
    /// Another format version, or a version of another type.
    Version(usize, bool),
    /// A field no version of the format has.
    UnknownField(u64),
    /// Puts a raw token (not always JSON) in place of a value.
    Raw(u64, usize),
    /// Puts `depth` nested arrays (or objects), maybe unclosed, in place of
    /// a value.
    Nest(u64, u32, bool, bool),
}

/// One change to the text, after the tree is written.
#[derive(Debug, Clone)]
pub enum TextOp {
    /// Cuts the text at a byte.
    Truncate(u64),
    /// Flips one bit of one byte.
    FlipBit(u64, u8),
    /// Inserts a byte (not always UTF-8).
    InsertByte(u64, u8),
    /// Deletes up to `n` bytes.
    DeleteRange(u64, u16),
    /// Writes a `"key": value` line twice (pretty text only).
    RepeatKey(u64),
    /// Inserts a stray piece of text.
    Splice(u64, usize),
}

const SPLICES: &[&str] = &[
    "\u{0}", "\"", "\\", "{", "}", "[", "]", ",", ":", "\u{feff}", "\\ud800", "\\u", "\n",
    "\u{1b}", "é", "null",
];

/// A document to feed the importer.
#[derive(Debug, Clone)]
pub struct Mutant {
    pub seed: usize,
    pub ops: Vec<Op>,
    pub text_ops: Vec<TextOp>,
    pub pretty: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::Null),
        Just(Shape::True),
        Just(Shape::Zero),
        Just(Shape::Empty),
        Just(Shape::Word),
        Just(Shape::EmptyList),
        Just(Shape::List),
        Just(Shape::EmptyObject),
    ]
}

fn txt() -> impl Strategy<Value = Txt> {
    prop_oneof![
        (0..TEXTS.len()).prop_map(|i| Txt::Given(TEXTS[i].to_string())),
        "\\PC{0,40}".prop_map(Txt::Given),
        proptest::collection::vec(any::<char>(), 0..40)
            .prop_map(|chars| Txt::Given(chars.into_iter().collect())),
        (
            prop_oneof![Just('x'), Just('é'), Just('😀'), Just(' '), Just('\u{0}')],
            prop_oneof![
                Just(119usize),
                Just(120),
                Just(121),
                Just(4999),
                Just(5000),
                Just(5001),
                Just(100_000)
            ]
        )
            .prop_map(|(c, n)| Txt::Long(c, n)),
        (any::<u64>(), any::<bool>()).prop_map(|(n, upper)| Txt::CopyOf(n, upper)),
    ]
}

fn link_id() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => 1..16i64,
        1 => Just(0i64),
        1 => Just(-1i64),
        1 => Just(i64::MAX),
        1 => Just(i64::MIN),
        1 => 1000..1004i64,
    ]
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => any::<u64>().prop_map(Op::Delete),
        3 => (any::<u64>(), shape()).prop_map(|(at, s)| Op::Retype(at, s)),
        3 => (any::<u64>(), 0..NUMBERS.len()).prop_map(|(at, n)| Op::Number(at, n)),
        1 => (any::<u64>(), 0..INTEGERS.len()).prop_map(|(at, n)| Op::Integer(at, n)),
        4 => (any::<u64>(), txt()).prop_map(|(at, t)| Op::Text(at, t)),
        2 => (any::<u64>(), 0..DATES.len()).prop_map(|(at, d)| Op::Date(at, d)),
        4 => (any::<u64>(), link_id()).prop_map(|(at, id)| Op::Link(at, id)),
        2 => any::<u64>().prop_map(Op::RepeatElement),
        1 => any::<u64>().prop_map(Op::CopyId),
        2 => (any::<u64>(), any::<bool>()).prop_map(|(at, r)| Op::Reorder(at, r)),
        1 => (0..VERSIONS.len(), any::<bool>()).prop_map(|(v, n)| Op::Version(v, n)),
        1 => any::<u64>().prop_map(Op::UnknownField),
        1 => (any::<u64>(), 0..RAW_TOKENS.len()).prop_map(|(at, t)| Op::Raw(at, t)),
        1 => (
            any::<u64>(),
            prop_oneof![Just(127u32), Just(128), Just(129), Just(1000), Just(100_000)],
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(|(at, depth, object, closed)| Op::Nest(at, depth, object, closed)),
    ]
}

pub fn text_op() -> impl Strategy<Value = TextOp> {
    prop_oneof![
        any::<u64>().prop_map(TextOp::Truncate),
        (any::<u64>(), 0..8u8).prop_map(|(at, bit)| TextOp::FlipBit(at, bit)),
        (any::<u64>(), any::<u8>()).prop_map(|(at, b)| TextOp::InsertByte(at, b)),
        (any::<u64>(), 1..64u16).prop_map(|(at, n)| TextOp::DeleteRange(at, n)),
        any::<u64>().prop_map(TextOp::RepeatKey),
        (any::<u64>(), 0..SPLICES.len()).prop_map(|(at, s)| TextOp::Splice(at, s)),
    ]
}

/// Mutants of any seed, with tree ops and (for one in four) text ops.
pub fn mutant() -> impl Strategy<Value = Mutant> {
    (
        0..SEEDS.len(),
        proptest::collection::vec(op(), 1..6),
        prop_oneof![
            3 => Just(Vec::new()),
            1 => proptest::collection::vec(text_op(), 1..3),
        ],
        any::<bool>(),
    )
        .prop_map(|(seed, ops, text_ops, pretty)| Mutant {
            seed,
            ops,
            text_ops,
            pretty,
        })
}

/// A step of a path into the tree.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Visits every node below the root, depth first, with its path; stops
/// when `visit` returns true.
fn walk<'a>(
    node: &'a Value,
    path: &mut Vec<Step>,
    visit: &mut impl FnMut(&[Step], &'a Value) -> bool,
) -> bool {
    if !path.is_empty() && visit(path, node) {
        return true;
    }
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Step::Key(key.clone()));
                let stop = walk(child, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                path.push(Step::Index(i));
                let stop = walk(child, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        _ => {}
    }
    false
}

fn node_mut<'a>(root: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(root, |node, step| match step {
        Step::Key(k) => node.get_mut(k),
        Step::Index(i) => node.get_mut(i),
    })
}

/// The key a node is under: its own, or its array's.
fn key_of(path: &[Step]) -> Option<&str> {
    path.iter().rev().find_map(|s| match s {
        Step::Key(k) => Some(k.as_str()),
        Step::Index(_) => None,
    })
}

fn looks_like_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-'
}

fn is_link(path: &[Step], value: &Value) -> bool {
    if !(value.is_number() || value.is_null()) {
        return false;
    }
    let key = key_of(path).unwrap_or_default();
    match path.last() {
        Some(Step::Key(k)) => k == "id" || k.ends_with("Id"),
        Some(Step::Index(_)) => key.ends_with("Ids"),
        None => false,
    }
}

/// Among the nodes that pass `keep`, the path of the one `at` picks.
fn pick(root: &Value, at: u64, keep: impl Fn(&[Step], &Value) -> bool) -> Option<Vec<Step>> {
    let mut count = 0_u64;
    walk(root, &mut Vec::new(), &mut |p, n| {
        count += u64::from(keep(p, n));
        false
    });
    if count == 0 {
        return None;
    }
    let mut wanted = at % count;
    let mut found = None;
    walk(root, &mut Vec::new(), &mut |p, n| {
        if keep(p, n) {
            if wanted == 0 {
                found = Some(p.to_vec());
                return true;
            }
            wanted -= 1;
        }
        false
    });
    found
}

fn set(root: &mut Value, path: &[Step], value: Value) {
    if let Some(node) = node_mut(root, path) {
        *node = value;
    }
}

/// A placeholder for a raw token, replaced in the text after writing.
fn placeholder(raws: &mut Vec<String>, token: String) -> Value {
    raws.push(token);
    Value::from(format!("@@RAW{}@@", raws.len() - 1))
}

fn all_texts(root: &Value) -> Vec<&str> {
    let mut texts = Vec::new();
    walk(root, &mut Vec::new(), &mut |_, n| {
        texts.extend(n.as_str());
        false
    });
    texts
}

/// Applies one op to the tree; raw tokens go to `raws`.
pub fn apply(root: &mut Value, op: &Op, raws: &mut Vec<String>) {
    match op {
        Op::Delete(at) => {
            if let Some(path) = pick(root, *at, |_, _| true)
                && let Some((last, parent)) = path.split_last()
                && let Some(parent) = node_mut(root, parent)
            {
                match (last, parent) {
                    (Step::Key(k), Value::Object(map)) => {
                        map.remove(k);
                    }
                    (Step::Index(i), Value::Array(items)) if *i < items.len() => {
                        items.remove(*i);
                    }
                    _ => {}
                }
            }
        }
        Op::Retype(at, shape) => {
            if let Some(path) = pick(root, *at, |_, _| true) {
                set(root, &path, shape.value());
            }
        }
        Op::Number(at, n) => {
            if let Some(path) = pick(root, *at, |_, v| v.is_number()) {
                set(root, &path, Value::from(NUMBERS[*n % NUMBERS.len()]));
            }
        }
        Op::Integer(at, n) => {
            if let Some(path) = pick(root, *at, |_, v| v.is_number()) {
                let value = INTEGERS[*n % INTEGERS.len()];
                let token = placeholder(raws, value.to_string());
                set(root, &path, token);
            }
        }
        Op::Text(at, txt) => {
            let text = match txt {
                Txt::Given(s) => s.clone(),
                Txt::Long(c, n) => std::iter::repeat_n(*c, *n).collect(),
                Txt::CopyOf(n, upper) => {
                    let texts = all_texts(root);
                    let index = usize::try_from(*n % texts.len().max(1) as u64).unwrap_or(0);
                    let other = texts.get(index).copied().unwrap_or_default();
                    if *upper {
                        other.to_uppercase()
                    } else {
                        other.to_lowercase()
                    }
                }
            };
            if let Some(path) = pick(root, *at, |_, v| v.is_string()) {
                set(root, &path, Value::from(text));
            }
        }
        Op::Date(at, d) => {
            if let Some(path) = pick(root, *at, |_, v| v.as_str().is_some_and(looks_like_date)) {
                set(root, &path, Value::from(DATES[*d % DATES.len()]));
            }
        }
        Op::Link(at, id) => {
            if let Some(path) = pick(root, *at, is_link) {
                set(root, &path, Value::from(*id));
            }
        }
        Op::RepeatElement(at) => {
            if let Some(path) = pick(root, *at, |_, v| {
                v.as_array().is_some_and(|a| !a.is_empty())
            }) && let Some(Value::Array(items)) = node_mut(root, &path)
            {
                let index = usize::try_from(*at % items.len() as u64).unwrap_or(0);
                let copy = items[index].clone();
                items.push(copy);
            }
        }
        Op::CopyId(at) => {
            let has_ids = |_: &[Step], v: &Value| {
                v.as_array()
                    .is_some_and(|a| a.len() >= 2 && a.iter().all(|e| e.get("id").is_some()))
            };
            if let Some(path) = pick(root, *at, has_ids)
                && let Some(Value::Array(items)) = node_mut(root, &path)
            {
                let i = usize::try_from(*at % items.len() as u64).unwrap_or(0);
                let j = (i + 1) % items.len();
                let id = items[j].get("id").cloned().unwrap_or(Value::Null);
                if let Some(Value::Object(element)) = items.get_mut(i) {
                    element.insert("id".into(), id);
                }
            }
        }
        Op::Reorder(at, reverse) => {
            if let Some(path) = pick(root, *at, |_, v| v.as_array().is_some_and(|a| a.len() >= 2))
                && let Some(Value::Array(items)) = node_mut(root, &path)
            {
                if *reverse {
                    items.reverse();
                } else {
                    items.rotate_left(1);
                }
            }
        }
        Op::Version(v, as_text) => {
            let version = VERSIONS[*v % VERSIONS.len()];
            let value = if *as_text {
                Value::from(version.to_string())
            } else {
                placeholder(raws, version.to_string())
            };
            if let Value::Object(map) = root {
                map.insert("version".into(), value);
            }
        }
        Op::UnknownField(at) => {
            if let Some(path) = pick(root, *at, |_, v| v.is_object())
                && let Some(Value::Object(map)) = node_mut(root, &path)
            {
                map.insert("createdAt".into(), Value::from("2027-01-01T00:00:00Z"));
            } else if let Value::Object(map) = root {
                map.insert("comment".into(), Value::from("hi"));
            }
        }
        Op::Raw(at, t) => {
            if let Some(path) = pick(root, *at, |_, _| true) {
                let token = placeholder(raws, RAW_TOKENS[*t % RAW_TOKENS.len()].to_string());
                set(root, &path, token);
            }
        }
        Op::Nest(at, depth, object, closed) => {
            if let Some(path) = pick(root, *at, |_, _| true) {
                let depth = *depth as usize;
                let (open, close) = if *object {
                    ("{\"a\":", "}")
                } else {
                    ("[", "]")
                };
                let mut token = open.repeat(depth);
                token.push('1');
                if *closed {
                    token.push_str(&close.repeat(depth));
                }
                let token = placeholder(raws, token);
                set(root, &path, token);
            }
        }
    }
}

/// Applies one op to the text's bytes.
pub fn apply_text(bytes: &mut Vec<u8>, op: &TextOp) {
    let at = |n: u64, len: usize| usize::try_from(n % (len as u64 + 1)).unwrap_or(0);
    match op {
        TextOp::Truncate(n) => {
            let i = at(*n, bytes.len());
            bytes.truncate(i);
        }
        TextOp::FlipBit(n, bit) => {
            if !bytes.is_empty() {
                let i = at(*n, bytes.len() - 1);
                bytes[i] ^= 1 << (bit % 8);
            }
        }
        TextOp::InsertByte(n, b) => {
            let i = at(*n, bytes.len());
            bytes.insert(i, *b);
        }
        TextOp::DeleteRange(n, count) => {
            let i = at(*n, bytes.len());
            let end = (i + usize::from(*count)).min(bytes.len());
            bytes.drain(i..end);
        }
        TextOp::RepeatKey(n) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            let scalar = |l: &&str| {
                let t = l.trim();
                t.starts_with('"') && t.contains("\": ") && t.ends_with(',')
            };
            let candidates: Vec<usize> = (0..lines.len()).filter(|i| scalar(&lines[*i])).collect();
            if !candidates.is_empty() {
                let line = candidates[usize::try_from(*n % candidates.len() as u64).unwrap_or(0)];
                let mut out = String::with_capacity(text.len() + 80);
                for (i, l) in lines.iter().enumerate() {
                    out.push_str(l);
                    if i == line {
                        out.push_str(l);
                    }
                }
                *bytes = out.into_bytes();
            }
        }
        TextOp::Splice(n, s) => {
            let i = at(*n, bytes.len());
            let piece = SPLICES[*s % SPLICES.len()].as_bytes();
            bytes.splice(i..i, piece.iter().copied());
        }
    }
}

/// The tree of a mutant after its tree ops, and the raw tokens to put in.
pub fn tree(mutant: &Mutant) -> (Value, Vec<String>) {
    let mut root = SEEDS[mutant.seed % SEEDS.len()].1.clone();
    let mut raws = Vec::new();
    for op in &mutant.ops {
        apply(&mut root, op, &mut raws);
    }
    (root, raws)
}

/// Writes a tree, then puts the raw tokens in place of their placeholders.
pub fn write(root: &Value, raws: &[String], pretty: bool) -> String {
    let mut text = if pretty {
        serde_json::to_string_pretty(root)
    } else {
        serde_json::to_string(root)
    }
    .unwrap_or_else(|e| panic!("{e}"));
    for (i, raw) in raws.iter().enumerate() {
        text = text.replace(&format!("\"@@RAW{i}@@\""), raw);
    }
    text
}

/// The text of a mutant (invalid UTF-8 read as the CLI would not: lossily,
/// so that the importer still sees the rest).
pub fn render(mutant: &Mutant) -> String {
    let (root, raws) = tree(mutant);
    let mut bytes = write(&root, &raws, mutant.pretty).into_bytes();
    for op in &mutant.text_ops {
        apply_text(&mut bytes, op);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A mutant the importer accepts: its ops are applied one by one, and an op
/// whose result `from_json` refuses is left out. Returns the text and the
/// document read from it.
pub fn accepted(mutant: &Mutant) -> (String, WorkspaceDoc) {
    let mut root = SEEDS[mutant.seed % SEEDS.len()].1.clone();
    let mut raws: Vec<String> = Vec::new();
    let mut text = write(&root, &raws, mutant.pretty);
    let mut doc = WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("a seed: {e}"));
    for op in &mutant.ops {
        let mut next = root.clone();
        let mut next_raws = raws.clone();
        apply(&mut next, op, &mut next_raws);
        let next_text = write(&next, &next_raws, mutant.pretty);
        if let Ok(next_doc) = WorkspaceDoc::from_json(&next_text) {
            (root, raws, text, doc) = (next, next_raws, next_text, next_doc);
        }
    }
    (text, doc)
}
