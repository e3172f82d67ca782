//! Prints the health check's rule catalogue as JSON, as the window's
//! `health_rules` command answers it, for the development mock of the UI:
//! `cargo run -p rumbo-health --example rules_json > ui/dev/health-rules.json`.

fn main() {
    match serde_json::to_string_pretty(&rumbo_health::rules()) {
        Ok(text) => println!("{text}"),
        Err(error) => {
            eprintln!("rules_json: {error}");
            std::process::exit(1);
        }
    }
}
