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
        app.wait_for_text("[data-testid=doc-page-count]", "pages")
            .await;
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
        app.click("[data-testid=doc-export-toggle]").await;
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

/// Waits until the file's JSON export satisfies `done`.
async fn saved(file: &std::path::Path, what: &str, done: impl Fn(&Value) -> bool) {
    for _ in 0..50 {
        let out = rumbo(&["export-json", &file.display().to_string()]);
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        if done(&doc) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{what} was not saved");
}

/// Scrolls the settings panel so that `css` is in view (for a screenshot).
async fn scroll_to(app: &AppWindow, css: &str) {
    let element = app.find(css).await;
    let _ = app
        .client
        .execute(
            "arguments[0].scrollIntoView({block: 'start'})",
            vec![serde_json::to_value(&element).unwrap_or_default()],
        )
        .await;
}

#[test]
fn classification_readers_own_words_and_an_approval_set_in_the_window() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("sample.rumbo");
        let out = rumbo(&["--lang", "en", "sample", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, "en_US.UTF-8", &[&file]).await;
        app.click("[data-testid=nav-document]").await;
        app.find("[data-testid=doc-page][data-page-index='0']")
            .await;

        // A marking of the organization's own, and the readers.
        app.click("#doc-classification option[value=custom]").await;
        app.fill(
            "[data-testid=doc-classificationLabel]",
            "Draft for the council",
        )
        .await;
        app.fill("[data-testid=doc-readers]", "Members of the city council")
            .await;
        app.click("[data-testid=doc-show-score]").await;
        saved(&file, "the classification", |doc| {
            let d = &doc["document"];
            d["classification"] == "custom"
                && d["classificationLabel"] == "Draft for the council"
                && d["readers"] == "Members of the city council"
                && d["showScore"] == false
        })
        .await;
        app.shot("document-classification-en").await;

        // The CM's own words: an introduction, a chapter's text, and the
        // summary started from the generated one.
        app.fill(
            "[data-testid=doc-introduction]",
            "This guide sets out how the agency speaks on social media.",
        )
        .await;
        app.click("[data-testid=doc-chapter-toggle-channels]").await;
        app.fill(
            "[data-testid=doc-chapter-channels]",
            "Four channels are enough for the agency.",
        )
        .await;
        app.click("[data-testid=doc-summary-start]").await;
        saved(&file, "the CM's texts", |doc| {
            let d = &doc["document"];
            d["introduction"] == "This guide sets out how the agency speaks on social media."
                && d["chapterTexts"][0]["section"] == "channels"
                && d["summary"].as_str().is_some_and(|s| !s.is_empty())
                && d["summary"] == d["summaryBasis"]
        })
        .await;
        scroll_to(&app, "[data-testid=doc-own-texts]").await;
        app.shot("document-own-texts-en").await;

        // Exported as version 1 from the preview's toolbar: the PDF prints
        // what was set.
        app.click("[data-testid=doc-export-toggle]").await;
        app.click("[data-testid=doc-save-version]").await;
        app.click("[data-testid=doc-export]").await;
        let target = dir.path().join("classified.pdf");
        app.answer_save_dialog("Export the document", &target).await;
        app.wait_for_text("[data-testid=doc-export-status]", "classified.pdf")
            .await;
        app.find("[data-testid=doc-export-reveal]").await;
        app.find("[data-testid=doc-export-open]").await;
        app.shot("document-exported-open-en").await;
        app.click("[data-testid=doc-export-close]").await;
        let words = pdf_text(&target);
        let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Draft for the council"), "marking missing");
        assert!(
            flat.contains("Members of the city council"),
            "readers missing"
        );
        assert!(!flat.contains("Internal use"), "the old marking is printed");
        assert!(
            flat.contains("This guide sets out how the agency speaks on social media."),
            "introduction missing"
        );
        assert!(
            flat.contains("Four channels are enough for the agency."),
            "chapter text missing"
        );

        // Approve version 1 in the window.
        app.click("[data-testid=doc-version-approve]").await;
        app.find("[data-testid=doc-approve-dialog]").await;
        app.fill("[data-testid=doc-approve-by]", "Marta Ruiz").await;
        app.fill("[data-testid=doc-approve-role]", "Managing director")
            .await;
        app.fill(
            "[data-testid=doc-approve-reservations]",
            "Budget to be confirmed",
        )
        .await;
        app.shot("document-approve-en").await;
        app.click("[data-testid=doc-approve-save]").await;
        app.wait_until_gone("[data-testid=doc-approve-dialog]")
            .await;
        let shown = app
            .wait_for_text(
                "[data-testid=doc-version-approval]",
                "Approved by Marta Ruiz (Managing director)",
            )
            .await;
        assert!(shown.contains("Budget to be confirmed"), "{shown}");
        scroll_to(&app, "[data-testid=doc-versions]").await;
        app.shot("document-approved-en").await;

        let out = rumbo(&["versions", &file.display().to_string()]);
        let listing = text(&out.stdout);
        assert!(
            listing.starts_with("1\t")
                && listing.contains("by Marta Ruiz (Managing director)")
                && listing.contains("Budget to be confirmed"),
            "{listing}"
        );

        // Withdrawn: the list and the file say so.
        app.click("[data-testid=doc-version-withdraw]").await;
        app.click("[data-testid=doc-version-withdraw-confirm]")
            .await;
        assert!(
            app.wait_until_gone("[data-testid=doc-version-approval]")
                .await,
            "the approval is still shown"
        );
        let out = rumbo(&["versions", &file.display().to_string()]);
        assert!(text(&out.stdout).contains("not approved"));
        app.quit().await;
    });
}

#[test]
fn classification_and_approval_in_spanish() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("muestra.rumbo");
        let path = file.display().to_string();
        let out = rumbo(&["--lang", "es", "sample", &path]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let first = dir.path().join("v1.md");
        let out = rumbo(&[
            "render",
            &path,
            "--format",
            "md",
            "-o",
            &first.display().to_string(),
            "--save-version",
            "Para la dirección",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, "es_ES.UTF-8", &[&file]).await;
        app.click("[data-testid=nav-document]").await;
        app.wait_for_text("[data-testid=doc-settings]", "Clasificación")
            .await;
        app.click("#doc-classification option[value=confidential]")
            .await;
        app.fill("[data-testid=doc-readers]", "Equipo de gobierno")
            .await;
        saved(&file, "la clasificación", |doc| {
            doc["document"]["classification"] == "confidential"
                && doc["document"]["readers"] == "Equipo de gobierno"
        })
        .await;
        app.shot("document-classification-es").await;
        scroll_to(&app, "[data-testid=doc-own-texts]").await;
        app.click("[data-testid=doc-chapter-toggle-channels]").await;
        app.shot("document-own-texts-es").await;

        app.click("[data-testid=doc-version-approve]").await;
        app.find("[data-testid=doc-approve-dialog]").await;
        app.fill("[data-testid=doc-approve-by]", "Marta Ruiz").await;
        app.fill("[data-testid=doc-approve-role]", "Directora gerente")
            .await;
        app.shot("document-approve-es").await;
        app.click("[data-testid=doc-approve-save]").await;
        app.wait_for_text(
            "[data-testid=doc-version-approval]",
            "Aprobada por Marta Ruiz (Directora gerente)",
        )
        .await;
        scroll_to(&app, "[data-testid=doc-versions]").await;
        app.shot("document-approved-es").await;
        let out = rumbo(&["--lang", "es", "versions", &path]);
        assert!(
            text(&out.stdout).contains("por Marta Ruiz (Directora gerente)"),
            "{}",
            text(&out.stdout)
        );

        // The Markdown of the current document prints the marking.
        let md = dir.path().join("actual.md");
        let out = rumbo(&[
            "render",
            &path,
            "--format",
            "md",
            "-o",
            &md.display().to_string(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let written = std::fs::read_to_string(&md).unwrap_or_default();
        assert!(written.contains("Confidencial"), "marking missing");
        assert!(written.contains("Equipo de gobierno"), "readers missing");
        app.quit().await;
    });
}

#[test]
fn the_account_request_form_is_exported_on_its_own() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("muestra.rumbo");
        let out = rumbo(&["--lang", "es", "sample", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        let app = AppWindow::launch(&home, "es_ES.UTF-8", &[&file]).await;

        app.click("[data-testid=nav-document]").await;
        app.wait_for_text("[data-testid=doc-page-count]", "páginas")
            .await;
        app.click("[data-testid=doc-export-toggle]").await;
        app.click("[data-testid=doc-what] option[value=request_form]")
            .await;
        // A form alone is never saved as a version of the strategy.
        assert!(
            app.wait_until_gone("[data-testid=doc-save-version]").await,
            "the version option is still offered"
        );
        app.wait_for_text("[data-testid=doc-export]", "Exportar el formulario")
            .await;
        app.shot("document-export-form-es").await;
        app.click("[data-testid=doc-export]").await;
        let target = dir.path().join("formulario.pdf");
        app.answer_save_dialog("Exportar el formulario de solicitud de cuenta", &target)
            .await;
        app.wait_for_text("[data-testid=doc-export-status]", "formulario.pdf")
            .await;
        let words = pdf_text(&target);
        let flat = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Formulario de solicitud de cuenta"), "{flat}");
        assert!(flat.contains("¿A qué público se dirige?"), "{flat}");
        assert!(!flat.contains("Resumen ejecutivo"), "only the form: {flat}");
        let out = rumbo(&["versions", "--format", "json", &file.display().to_string()]);
        let versions: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        assert_eq!(versions, serde_json::json!([]), "no version was saved");
        app.quit().await;
    });
}
