//! The strategy document in the real app window: the live preview shows
//! rendered pages and follows an edit, the document settings are kept in
//! the file, and an export through the native save dialog writes a PDF
//! (read back with pdftotext) and saves a version.

use std::time::Duration;

use rumbo_e2e::{AppWindow, Home, rumbo, run_window_test, tempdir, text};
use serde_json::Value;

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed: {e}"));
    text(&out.stdout).replace('\u{200b}', "")
}

#[test]
fn preview_settings_export_and_a_saved_version() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("sample.rumbo");
        let out = rumbo(&["--lang", "en", "sample", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, "en_US.UTF-8", &[&file]).await;

        app.click("[data-testid=nav-document]").await;
        app.find("[data-testid=document-view]").await;
        // Pages arrive as images rendered by Typst.
        app.wait_for_text("[data-testid=doc-page-count]", "1").await;
        app.find("[data-testid=doc-page][data-page-index='0']")
            .await;
        app.shot("document-en").await;

        // A new title goes into the file and into the preview's next compile.
        app.fill("[data-testid=doc-title]", "Community plan 2027")
            .await;
        let mut kept = false;
        for _ in 0..50 {
            let out = rumbo(&["export-json", &file.display().to_string()]);
            let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
            if doc["document"]["title"] == "Community plan 2027" {
                kept = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(kept, "the document title was not saved");

        // Export a PDF as version 1 through the native save dialog.
        app.click("[data-testid=doc-save-version]").await;
        app.fill(
            "[data-testid=doc-version-note]",
            "For the board · María's review",
        )
        .await;
        app.click("[data-testid=doc-export]").await;
        let target = dir.path().join("strategy-export.pdf");
        app.answer_save_dialog("Export the document", &target).await;
        app.wait_for_text("[data-testid=doc-export-status]", "strategy-export.pdf")
            .await;
        app.wait_for_text(
            "[data-testid=doc-versions]",
            "For the board · María's review",
        )
        .await;
        app.shot("document-exported-en").await;

        let bytes = std::fs::read(&target).unwrap_or_default();
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        let words = pdf_text(&target);
        let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Community plan 2027"), "title missing");
        assert!(flat.contains("Valdoria Regional Employment Agency"));
        assert!(flat.contains("Executive summary"));

        let out = rumbo(&["versions", &file.display().to_string()]);
        let listing = text(&out.stdout);
        assert!(
            listing.starts_with("1\t") && listing.contains("For the board · María's review"),
            "{listing}"
        );

        // Opening the saved version shows it read-only.
        app.click("[data-testid=doc-version-open]").await;
        app.find("[data-testid=doc-back-to-current]").await;
        app.find("[data-testid=doc-page][data-page-index='0']")
            .await;
        app.click("[data-testid=doc-back-to-current]").await;
        app.wait_until_gone("[data-testid=doc-back-to-current]")
            .await;
        app.quit().await;
    });
}

#[test]
fn the_document_view_speaks_spanish_and_previews_a_spanish_document() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("muestra.rumbo");
        let out = rumbo(&["--lang", "es", "sample", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, "es_ES.UTF-8", &[&file]).await;
        app.click("[data-testid=nav-document]").await;
        app.wait_for_text("[data-testid=document-view]", "Documento de estrategia")
            .await;
        app.wait_for_text("[data-testid=document-view]", "Resumen ejecutivo")
            .await;
        app.find("[data-testid=doc-page][data-page-index='0']")
            .await;
        // Leaving a section out shortens the document.
        let before = app.texts("[data-testid=doc-page-count]").await.join("");
        app.click("[data-testid=doc-section-roadmap]").await;
        let mut changed = false;
        for _ in 0..50 {
            let now = app.texts("[data-testid=doc-page-count]").await.join("");
            if !now.is_empty() && now != before {
                changed = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(
            changed,
            "the page count stayed {before:?} without the roadmap"
        );
        app.shot("document-es").await;
        let out = rumbo(&["export-json", &file.display().to_string()]);
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        assert_eq!(
            doc["document"]["hiddenSections"],
            serde_json::json!(["roadmap"])
        );
        app.quit().await;
    });
}
