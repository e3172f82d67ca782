//! Prints the sample workspace as interchange JSON, in the language given as
//! the first argument (`en` or `es`). The UI's development mock loads it:
//! `cargo run -p rumbo-core --example sample_json es > ui/dev/sample.es.json`.

fn main() {
    let lang = std::env::args()
        .nth(1)
        .and_then(|a| rumbo_core::Lang::parse(&a))
        .unwrap_or_default();
    match rumbo_core::sample::workspace(lang).to_json() {
        Ok(text) => print!("{text}"),
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    }
}
