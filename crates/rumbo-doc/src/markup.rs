//! HTML and Markdown, from the document's data through minijinja templates.
//! Every value is escaped on output — HTML's way in the web page,
//! backslashes in Markdown — so user text shows as written and never
//! becomes markup, a link or a script. A line break in a value becomes
//! `<br>` in both (the `oneline` filter keeps attributes and the page's
//! title on one line).

use std::sync::LazyLock;

use minijinja::{AutoEscape, Environment, Value as JinjaValue};
use rumbo_core::{Error, Result};

use crate::data::{self, Source};

const HTML: &str = include_str!("../templates/document.html.j2");
const MARKDOWN: &str = include_str!("../templates/document.md.j2");
const CSS: &str = include_str!("../templates/document.css");
const ANNEX_HTML: &str = include_str!("../templates/annex.html.j2");
const ANNEX_MARKDOWN: &str = include_str!("../templates/annex.md.j2");

static ENV: LazyLock<std::result::Result<Environment<'static>, minijinja::Error>> =
    LazyLock::new(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::Custom("markdown".into())
            }
        });
        env.set_formatter(|out, state, value| match state.auto_escape() {
            AutoEscape::Custom(_) => {
                if value.is_safe() {
                    write!(out, "{value}").map_err(minijinja::Error::from)
                } else {
                    let text = if value.is_none() || value.is_undefined() {
                        String::new()
                    } else {
                        value.to_string()
                    };
                    out.write_str(&escape_markdown(&text))
                        .map_err(minijinja::Error::from)
                }
            }
            _ => match value
                .as_str()
                .filter(|t| t.contains('\n') && !value.is_safe())
            {
                // A line break in a value is one on the page too.
                Some(text) => {
                    for (i, line) in text.split('\n').enumerate() {
                        if i > 0 {
                            out.write_str("<br>").map_err(minijinja::Error::from)?;
                        }
                        minijinja::escape_formatter(out, state, &JinjaValue::from(line))?;
                    }
                    Ok(())
                }
                None => minijinja::escape_formatter(out, state, value),
            },
        });
        env.add_filter("paragraphs", paragraphs);
        env.add_filter("oneline", oneline);
        env.add_template("document.html", HTML)?;
        env.add_template("document.md", MARKDOWN)?;
        env.add_template("annex.html", ANNEX_HTML)?;
        env.add_template("annex.md", ANNEX_MARKDOWN)?;
        Ok(env)
    });

/// Splits a user text into its paragraphs (separated by a blank line).
fn paragraphs(text: String) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// A text on one line, for an attribute, the page's title or a line that
/// must not wrap (a line break in a value is otherwise written as `<br>`).
fn oneline(text: String) -> String {
    text.replace('\n', " ")
}

/// Escapes a text for Markdown (CommonMark and GitHub's flavour): every
/// character that could start emphasis, a link, code, HTML, a table cell or
/// an entity gets a backslash, and so does anything at the start of a line
/// that could begin a heading, a list or a quote. Line breaks become hard
/// breaks, so a value never leaves its paragraph or table cell.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        let line = line.trim_start();
        let mut chars = line.chars().peekable();
        let mut at_start = true;
        while let Some(c) = chars.next() {
            match c {
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '$' => {
                    out.push('\\');
                    out.push(c);
                }
                '-' | '+' | '=' if at_start => {
                    out.push('\\');
                    out.push(c);
                }
                '0'..='9' if at_start => {
                    out.push(c);
                    while let Some(&d) = chars.peek() {
                        if d.is_ascii_digit() {
                            out.push(d);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    if let Some(&next @ ('.' | ')')) = chars.peek() {
                        out.push('\\');
                        out.push(next);
                        chars.next();
                    }
                }
                _ => out.push(c),
            }
            at_start = false;
        }
    }
    out
}

fn render(name: &str, source: &Source<'_>) -> Result<String> {
    let env = ENV
        .as_ref()
        .map_err(|e| Error::Internal(format!("document template: {e}")))?;
    let template = env
        .get_template(name)
        .map_err(|e| Error::Internal(format!("document template: {e}")))?;
    let value = JinjaValue::from(minijinja::value::Serde(data::build(source)));
    let css = JinjaValue::from_safe_string(CSS.to_string());
    template
        .render(minijinja::context! { d => value, css => css })
        .map_err(|e| Error::Internal(format!("document template: {e:#}")))
}

/// An annex (`annex.html` or `annex.md`) from its data (`annex::data`).
pub(crate) fn annex(name: &str, value: serde_json::Value) -> Result<String> {
    let env = ENV
        .as_ref()
        .map_err(|e| Error::Internal(format!("annex template: {e}")))?;
    let template = env
        .get_template(name)
        .map_err(|e| Error::Internal(format!("annex template: {e}")))?;
    template
        .render(minijinja::context! { d => JinjaValue::from(minijinja::value::Serde(value)) })
        .map_err(|e| Error::Internal(format!("annex template: {e:#}")))
}

/// The document as one self-contained web page (styles inline, no scripts,
/// nothing fetched).
pub fn html(source: &Source<'_>) -> Result<String> {
    render("document.html", source)
}

/// The document in Markdown.
pub fn markdown(source: &Source<'_>) -> Result<String> {
    render("document.md", source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_neutralizes_markup() {
        assert_eq!(escape_markdown("*b* _u_"), "\\*b\\* \\_u\\_");
        assert_eq!(escape_markdown("# title"), "\\# title");
        assert_eq!(escape_markdown("- item"), "\\- item");
        assert_eq!(escape_markdown("12. item"), "12\\. item");
        assert_eq!(escape_markdown("a-b 3.5"), "a-b 3.5");
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("one\n- two"), "one<br>\\- two");
        assert_eq!(escape_markdown("a | b"), "a \\| b");
    }
}
