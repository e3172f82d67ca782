//! The built `rumbo` command, run as a person or a script would.

use std::fs;

use rumbo_e2e::{Tmpfs, listing, rumbo, rumbo_in, tempdir, text};

#[test]
fn sample_export_import_export_reproduces_the_json_exactly() {
    let dir = tempdir();
    let a = dir.path().join("a.rumbo");
    let b = dir.path().join("b.rumbo");
    let json = dir.path().join("a.json");
    let s = |p: &std::path::Path| p.display().to_string();

    let out = rumbo(&["sample", &s(&a)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["export-json", &s(&a), "-o", &s(&json)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["import-json", &s(&json), &s(&b)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["export-json", &s(&b)]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let original = fs::read(&json).unwrap_or_default();
    assert!(original.len() > 2000, "the sample is rich");
    assert_eq!(text(&out.stdout), text(&original));
    // Only the workspace files remain: no -wal, -shm or partial files.
    assert_eq!(listing(dir.path()), ["a.json", "a.rumbo", "b.rumbo"]);
}

#[test]
fn the_sample_speaks_the_language_asked_for() {
    let dir = tempdir();
    let es = dir.path().join("es.rumbo");
    let out = rumbo_in("es_ES.UTF-8", &["sample", &es.display().to_string()]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("Creado el espacio de trabajo de ejemplo"),
        "{}",
        text(&out.stderr)
    );
    let json = text(&rumbo(&["export-json", &es.display().to_string()]).stdout);
    assert!(json.contains("Agencia Regional de Empleo de Valdoria"));
    assert!(json.contains("\"format\": \"rumbo-workspace\""));

    let en = dir.path().join("en.rumbo");
    assert!(
        rumbo_in(
            "es_ES.UTF-8",
            &["--lang", "en", "sample", &en.display().to_string()]
        )
        .status
        .success()
    );
    assert!(
        text(&rumbo(&["export-json", &en.display().to_string()]).stdout)
            .contains("Valdoria Regional Employment Agency")
    );
}

#[test]
fn a_text_file_renamed_to_rumbo_is_refused_and_left_unchanged() {
    let dir = tempdir();
    let fake = dir.path().join("plan.rumbo");
    let content = "Plan de redes 2027\n- estar en TikTok\n";
    fs::write(&fake, content).unwrap_or_else(|e| panic!("{e}"));

    let out = rumbo(&["export-json", &fake.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    let message = text(&out.stderr);
    assert!(
        message.contains("plan.rumbo") && message.contains("not a Rumbo workspace"),
        "{message}"
    );
    assert!(out.stdout.is_empty());

    let out = rumbo_in("es_ES.UTF-8", &["export-json", &fake.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no es un espacio de trabajo de Rumbo"),
        "{}",
        text(&out.stderr)
    );

    assert_eq!(fs::read_to_string(&fake).unwrap_or_default(), content);
    assert_eq!(
        fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0),
        1,
        "nothing created beside it"
    );
}

#[test]
fn every_bad_input_has_a_clear_error_and_a_non_zero_exit() {
    let dir = tempdir();
    let p = |name: &str| dir.path().join(name).display().to_string();
    fs::write(
        dir.path().join("bad.json"),
        "{ \"format\": \"rumbo-workspace\", \"version\": 1, ",
    )
    .unwrap_or_default();
    fs::write(
        dir.path().join("future.json"),
        "{\"format\":\"rumbo-workspace\",\"version\":42}",
    )
    .unwrap_or_default();
    fs::write(dir.path().join("other.json"), "{\"hello\": 1}").unwrap_or_default();
    assert!(rumbo(&["new", &p("exists.rumbo")]).status.success());

    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["export-json".into(), p("missing.rumbo")],
            "was not found",
        ),
        (vec!["new".into(), p("exists.rumbo")], "already exists"),
        (vec!["sample".into(), p("exists.rumbo")], "already exists"),
        (
            vec!["import-json".into(), p("bad.json"), p("x.rumbo")],
            "The file is not valid JSON at line 1, column 45: the file ends before the document does",
        ),
        (
            vec!["import-json".into(), p("other.json"), p("x.rumbo")],
            "not a Rumbo JSON export",
        ),
        (
            vec!["import-json".into(), p("future.json"), p("x.rumbo")],
            "newer Rumbo",
        ),
        (
            vec!["import-json".into(), p("nope.json"), p("x.rumbo")],
            "was not found",
        ),
        (
            vec!["new".into(), p("no/such/dir/x.rumbo")],
            "was not found",
        ),
        (
            vec!["export-json".into(), dir.path().display().to_string()],
            "is a folder",
        ),
    ];
    for (args, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = rumbo(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(needle),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert!(
        !dir.path().join("x.rumbo").exists(),
        "a failed import leaves nothing behind"
    );

    let out = rumbo(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let out = rumbo(&["new"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn new_names_the_organization_and_import_reads_stdin() {
    let dir = tempdir();
    let file = dir.path().join("coop.rumbo");
    assert!(
        rumbo(&[
            "new",
            &file.display().to_string(),
            "--name",
            "Cooperativa Ñandú"
        ])
        .status
        .success()
    );
    let json = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    assert!(json.contains("\"name\": \"Cooperativa Ñandú\""), "{json}");
    assert!(json.contains("\"channels\": []"));

    let copy = dir.path().join("copy.rumbo");
    let mut child = std::process::Command::new(rumbo_e2e::binary("rumbo"))
        .args(["import-json", "-", &copy.display().to_string()])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin
            .write_all(json.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(child.wait().map(|s| s.success()).unwrap_or(false));
    assert_eq!(
        text(&rumbo(&["export-json", &copy.display().to_string()]).stdout),
        json
    );
}

#[test]
fn check_reports_the_samples_findings_and_exits_1_on_errors() {
    let dir = tempdir();
    let file = dir.path().join("sample.rumbo");
    let f = file.display().to_string();
    assert!(rumbo(&["sample", &f]).status.success());
    let before = fs::read(&file).unwrap_or_default();

    let out = rumbo(&["check", &f, "--as-of", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    for needle in [
        "Strategy health check · 23 November 2026",
        "Readiness score: ",
        "2 errors · ",
        "The objective “Be on TikTok” only asks for presence",
        "The campaign “Launch of online appointments” affects the community but was decided without you",
        "You have no internal-communication flow with IT",
        "has waited 69 days for an answer (since 15 September 2026)",
        "objective-presence/objective/4",
    ] {
        assert!(report.contains(needle), "{needle}\n{report}");
    }
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert_eq!(
        fs::read(&file).unwrap_or_default(),
        before,
        "check only reads"
    );

    // The language of the messages, not of the workspace's content.
    let out = rumbo_in("es_ES.UTF-8", &["check", &f, "--as-of", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    for needle in [
        "Revisión de la estrategia · 23 de noviembre de 2026",
        "2 errores · ",
        "El objetivo «Be on TikTok» solo pide presencia",
        "No tienes ningún flujo de comunicación interna con IT",
    ] {
        assert!(report.contains(needle), "{needle}\n{report}");
    }
}

#[test]
fn check_writes_the_json_report_for_scripts() {
    let dir = tempdir();
    let file = dir.path().join("muestra.rumbo");
    let f = file.display().to_string();
    assert!(rumbo(&["--lang", "es", "sample", &f]).status.success());

    let out = rumbo(&[
        "check",
        &f,
        "--format",
        "json",
        "--lang",
        "es",
        "--as-of",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["asOf"], "2026-11-23");
    let score = json["score"].as_u64().unwrap_or(999);
    assert!((1..100).contains(&score), "{score}");
    assert_eq!(json["counts"]["errors"], 2);
    let findings = json["findings"].as_array().cloned().unwrap_or_default();
    assert!(findings.iter().any(|f| {
        f["key"] == "objective-presence/objective/4"
            && f["severity"] == "error"
            && f["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("El objetivo «Estar en TikTok»"))
            && f["target"]["field"] == "title"
    }));
    // The score is held below "ready" by the two errors, and says so.
    assert_eq!(score, 64);
    assert!(json["points"].as_u64().unwrap_or(0) > 64);
    assert_eq!(json["ceiling"], 64);
    assert!(json["breakdown"].as_array().is_some_and(|b| b.len() > 15));
}

#[test]
fn check_on_a_new_workspace_asks_for_objectives_and_an_internal_plan() {
    let dir = tempdir();
    let file = dir.path().join("new.rumbo");
    let f = file.display().to_string();
    assert!(rumbo(&["new", &f]).status.success());
    // No --as-of: today.
    let out = rumbo(&["check", &f, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let keys: Vec<&str> = json["findings"]
        .as_array()
        .map(|a| a.iter().filter_map(|f| f["key"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        keys,
        [
            "no-objectives/workspace",
            "no-internal-plan/workspace",
            "identity-empty/profile/culture",
            "identity-empty/profile/values",
            "identity-empty/profile/brandVoice",
            "cm-role-single-department/workspace",
            "no-audiences/workspace",
            "no-channels/workspace",
            "no-crisis-playbook/workspace",
        ]
    );
    // Nothing written yet: nothing earned, every foundation missing.
    assert_eq!(json["score"], 0);
    assert_eq!(json["missing"].as_array().map(Vec::len), Some(6));
}

#[test]
fn check_refuses_bad_files_and_bad_dates_with_exit_2() {
    let dir = tempdir();
    let fake = dir.path().join("plan.rumbo");
    let content = "Plan de redes 2027\n- estar en TikTok\n";
    fs::write(&fake, content).unwrap_or_else(|e| panic!("{e}"));
    let fake = fake.display().to_string();

    let out = rumbo(&["check", &fake]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("plan.rumbo")
            && text(&out.stderr).contains("not a Rumbo workspace"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        fs::read_to_string(dir.path().join("plan.rumbo")).unwrap_or_default(),
        content
    );

    let out = rumbo(&[
        "check",
        &dir.path().join("missing.rumbo").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("was not found"),
        "{}",
        text(&out.stderr)
    );

    let sample = dir.path().join("sample.rumbo").display().to_string();
    assert!(rumbo(&["sample", &sample]).status.success());
    for date in ["2026-13-01", "23/11/2026", "tomorrow"] {
        let out = rumbo(&["check", &sample, "--as-of", date]);
        assert_eq!(out.status.code(), Some(2), "{date}");
        assert!(
            text(&out.stderr).contains(&format!("“{date}” is not a date: write it as YYYY-MM-DD")),
            "{}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
    }
    let out = rumbo_in("es_ES.UTF-8", &["check", &sample, "--as-of", "mañana"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("«mañana» no es una fecha"),
        "{}",
        text(&out.stderr)
    );
    let out = rumbo(&["check", &sample, "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_writes_every_format_in_the_language_asked_for() {
    let dir = tempdir();
    let ws = dir.path().join("s.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    let out = rumbo(&["sample", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for format in ["pdf", "html", "md", "docx"] {
        let target = dir.path().join(format!("doc.{format}"));
        let out = rumbo_in(
            "es_ES.UTF-8",
            &[
                "render",
                &s(&ws),
                "--format",
                format,
                "--date",
                "2026-11-23",
                "-o",
                &s(&target),
            ],
        );
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("Escrito"),
            "{}",
            text(&out.stderr)
        );
        let bytes = fs::read(&target).unwrap_or_default();
        match format {
            "pdf" => assert!(bytes.starts_with(b"%PDF-")),
            "docx" => assert!(bytes.starts_with(b"PK")),
            _ => {
                // The workspace's document language (English) unless --lang says otherwise.
                assert!(text(&bytes).contains("Executive summary"), "{format}");
            }
        }
    }
    // --lang sets the document's language as well as the messages'.
    let md = dir.path().join("es.md");
    let out = rumbo(&[
        "--lang",
        "es",
        "render",
        &s(&ws),
        "--format",
        "md",
        "-o",
        &s(&md),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&fs::read(&md).unwrap_or_default()).contains("Resumen ejecutivo"));
}

/// The text of a PDF, as `pdftotext` reads it.
fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", &pdf.display().to_string(), "-"])
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).replace('\u{200b}', "")
}

#[test]
fn render_prints_the_account_request_form_alone_in_every_format() {
    let dir = tempdir();
    let s = |p: &std::path::Path| p.display().to_string();
    let ws = dir.path().join("s.rumbo");
    let out = rumbo(&["--lang", "es", "sample", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pdf = dir.path().join("form.pdf");
    let out = rumbo(&[
        "--lang",
        "es",
        "render",
        &s(&ws),
        "--annex",
        "request-form",
        "-o",
        &s(&pdf),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = pdf_text(&pdf);
    assert!(
        printed.contains("Formulario de solicitud de cuenta"),
        "{printed}"
    );
    assert!(printed.contains("¿Qué contenidos tendrá?"), "{printed}");
    // Alone: no cover, no contents, no other chapter, and short.
    for absent in [
        "Índice",
        "Resumen ejecutivo",
        "Anexo:",
        "Registro de cuentas",
        "Borrador",
    ] {
        assert!(
            !printed.contains(absent),
            "{absent} printed alone: {printed}"
        );
    }
    let pages = printed.matches('\u{c}').count();
    assert!((1..=2).contains(&pages), "{pages} pages");

    for format in ["html", "md", "docx"] {
        let target = dir.path().join(format!("form.{format}"));
        let out = rumbo(&[
            "render",
            &s(&ws),
            "--annex",
            "request_form",
            "--format",
            format,
            "-o",
            &s(&target),
        ]);
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        let bytes = fs::read(&target).unwrap_or_default();
        if format == "docx" {
            assert!(bytes.starts_with(b"PK"));
            continue;
        }
        // The workspace's document language, Spanish.
        let written = text(&bytes);
        assert!(
            written.contains("Formulario de solicitud de cuenta"),
            "{format}: {written}"
        );
        assert!(!written.contains("Resumen ejecutivo"), "{format}");
    }

    // A blank form even where no account is kept yet.
    let new = dir.path().join("new.rumbo");
    let out = rumbo(&["--lang", "en", "new", &s(&new)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let blank = dir.path().join("blank.pdf");
    let out = rumbo(&[
        "--lang",
        "en",
        "render",
        &s(&new),
        "--annex",
        "request-form",
        "-o",
        &s(&blank),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(pdf_text(&blank).contains("What are its objectives?"));

    // An annex that does not exist is named, with those that do; nothing is written.
    let wrong = dir.path().join("wrong.pdf");
    let out = rumbo(&[
        "--lang",
        "en",
        "render",
        &s(&ws),
        "--annex",
        "crisis-playbook",
        "-o",
        &s(&wrong),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("no annex called “crisis-playbook”")
            && said.contains("request-form, house-rules, staff-use, legal-notice"),
        "{said}"
    );
    assert!(!wrong.exists());
    let out = rumbo(&[
        "--lang",
        "es",
        "render",
        &s(&ws),
        "--annex",
        "x",
        "--save-version",
        "v",
        "-o",
        &s(&wrong),
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an annex is never saved as a version"
    );
}

#[test]
fn render_writes_each_annex_alone_ready_to_publish() {
    let dir = tempdir();
    let ws = dir.path().join("s.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    let out = rumbo(&["sample", "--lang", "es", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = fs::read(&ws).unwrap_or_default();
    for (annex, title) in [
        (
            "house-rules",
            "Normas de participación en nuestras redes sociales",
        ),
        ("staff-use", "Uso de las redes sociales por el personal"),
        ("legal-notice", "Aviso legal y privacidad en redes sociales"),
    ] {
        for format in ["pdf", "html", "md"] {
            let target = dir.path().join(format!("{annex}.{format}"));
            let out = rumbo(&[
                "--lang",
                "es",
                "render",
                &s(&ws),
                "--annex",
                annex,
                "--format",
                format,
                "--date",
                "2026-11-23",
                "-o",
                &s(&target),
            ]);
            assert!(
                out.status.success(),
                "{annex} {format}: {}",
                text(&out.stderr)
            );
            let bytes = fs::read(&target).unwrap_or_default();
            if format == "pdf" {
                assert!(bytes.starts_with(b"%PDF-"));
            } else {
                let body = text(&bytes);
                assert!(body.contains(title), "{annex} {format}: {body}");
                assert!(body.contains("Agencia Regional de Empleo de Valdoria"));
                // Only the annex: nothing of the strategy document.
                assert!(!body.contains("Resumen ejecutivo"), "{annex} {format}");
            }
        }
    }
    // The workspace was only read.
    assert_eq!(fs::read(&ws).unwrap_or_default(), before);
    // An unknown annex is refused, and so is a saved version the workspace
    // does not have.
    let out = rumbo(&["render", &s(&ws), "--annex", "licences", "-o", "-"]);
    assert_eq!(out.status.code(), Some(2));
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--annex",
        "house-rules",
        "--version",
        "1",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(2));
    // A workspace with no legal notice says what to do.
    let empty = dir.path().join("new.rumbo");
    let out = rumbo(&["new", &s(&empty)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo_in(
        "en_GB.UTF-8",
        &[
            "render",
            &s(&empty),
            "--annex",
            "legal-notice",
            "--format",
            "md",
            "-o",
            "-",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("There is no text of “Legal notice and privacy” to publish yet"),
        "{}",
        text(&out.stderr)
    );
    // Standard output: the annex in Markdown.
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--annex",
        "house-rules",
        "--format",
        "md",
        "-o",
        "-",
    ]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("# Normas de participación"));
}

#[test]
fn render_can_save_and_reopen_versions() {
    let dir = tempdir();
    let ws = dir.path().join("s.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    assert!(rumbo(&["sample", &s(&ws)]).status.success());
    let out = rumbo(&["versions", &s(&ws)]);
    assert!(text(&out.stdout).contains("No saved versions yet"));

    let first = dir.path().join("v1.md");
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--format",
        "md",
        "--date",
        "2026-10-01",
        "-o",
        &s(&first),
        "--save-version",
        "Board, October",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Saved as version 1"));
    let out = rumbo(&["versions", &s(&ws)]);
    assert_eq!(
        text(&out.stdout),
        "1\t2026-10-01\ten\tBoard, October\tnot approved\n"
    );

    // The next draft compares with version 1; version 1 itself is reproduced.
    let draft = dir.path().join("draft.md");
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--format",
        "md",
        "--date",
        "2026-11-23",
        "-o",
        &s(&draft),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let draft = text(&fs::read(&draft).unwrap_or_default());
    assert!(draft.contains("Draft after version 1"));
    assert!(draft.contains("Compared with version 1 (1 October 2026)"));
    let again = dir.path().join("again.md");
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--version",
        "1",
        "--format",
        "md",
        "-o",
        &s(&again),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        fs::read(&again).unwrap_or_default(),
        fs::read(&first).unwrap_or_default()
    );

    // Approved: `versions` says by whom, and the version's cover prints it.
    let out = rumbo(&[
        "approve",
        &s(&ws),
        "1",
        "--by",
        "Elena Vidal",
        "--role",
        "Director",
        "--date",
        "2026-10-05",
        "--reservations",
        "Review the TikTok budget in March.",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["versions", &s(&ws)]);
    assert_eq!(
        text(&out.stdout),
        "1\t2026-10-01\ten\tBoard, October\tapproved 2026-10-05 by Elena Vidal (Director); \
         reservations: Review the TikTok budget in March.\n"
    );
    let approved = dir.path().join("approved.md");
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--version",
        "1",
        "--format",
        "md",
        "--classification",
        "For the board only",
        "--readers",
        "The board",
        "-o",
        &s(&approved),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let approved = text(&fs::read(&approved).unwrap_or_default());
    assert!(approved.contains("Approved by Elena Vidal, Director, on 5 October 2026."));
    assert!(approved.contains("Reservations: Review the TikTok budget in March."));
    assert!(approved.contains("*For the board only*"));
    assert!(approved.contains("| For | The board |"));
    assert!(!approved.contains("Internal use"));
    // Nobody named, or no such version: refused, nothing written.
    let out = rumbo(&["approve", &s(&ws), "1", "--by", " "]);
    assert_eq!(out.status.code(), Some(2));
    let out = rumbo(&["approve", &s(&ws), "4", "--by", "Elena Vidal"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no saved version 4"));
    let out = rumbo(&["approve", &s(&ws), "1", "--withdraw"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&rumbo(&["versions", &s(&ws)]).stdout).ends_with("not approved\n"));

    let out = rumbo(&["render", &s(&ws), "--version", "7", "-o", &s(&again)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no saved version 7"));
    let out = rumbo(&["render", &s(&ws), "--date", "23/11/2026", "-o", &s(&again)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is not a date"));
    let out = rumbo(&[
        "render",
        &s(&ws),
        "-o",
        &s(&dir.path().join("missing-dir/x.pdf")),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_large_sample_has_the_promised_size() {
    let dir = tempdir();
    let ws = dir.path().join("large.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    let out = rumbo(&["sample", "--size", "large", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["export-json", &s(&ws)]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let len = |k: &str| doc[k].as_array().map_or(0, Vec::len);
    assert_eq!(len("channels"), 200);
    assert_eq!(len("objectives"), 1000);
    assert_eq!(len("flows") + len("infoNeeds"), 300);
}

#[test]
fn backups_are_listed_taken_and_restored_from_the_command_line() {
    let dir = tempdir();
    let ws = dir.path().join("Plan.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    assert!(rumbo(&["sample", &s(&ws)]).status.success());

    let out = rumbo(&["backups", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "No backups yet.\n");
    let out = rumbo(&["--lang", "es", "backups", &s(&ws)]);
    assert_eq!(text(&out.stdout), "Aún no hay copias de seguridad.\n");
    // A typo is not "no backups".
    let out = rumbo(&["backups", &s(&dir.path().join("Plan2.rumbo"))]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("was not found"));

    let out = rumbo(&["backup", &s(&ws)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).starts_with("Backed up to "),
        "{}",
        text(&out.stderr)
    );
    let folder = dir.path().join("Plan.rumbo-backups");
    let out = rumbo(&["backups", &s(&ws)]);
    let listed = text(&out.stdout);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(
        listed.contains("\tmanual\t") && listed.contains(" KB\t") && listed.contains(" UTC\t"),
        "{listed}"
    );
    assert!(listed.contains(&s(&folder)), "{listed}");
    let out = rumbo(&["--lang", "es", "backups", &s(&ws)]);
    assert!(text(&out.stdout).contains("\tmanual\t"));

    // Saving a version opens the file for writing; the backup just taken is
    // less than ten minutes old, so no open backup is added.
    let md = dir.path().join("v1.md");
    let out = rumbo(&[
        "render",
        &s(&ws),
        "--format",
        "md",
        "-o",
        &s(&md),
        "--save-version",
        "Board",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = rumbo(&["backups", &s(&ws), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let list = json.as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 1, "{json}");
    assert_eq!(list[0]["reason"], "manual");
    assert!(list[0]["size"].as_u64().is_some_and(|n| n > 4096));
    // The schema this build writes: one migration per version.
    let migrations =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/rumbo-store/migrations");
    let schema = std::fs::read_dir(&migrations)
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "sql"))
                .count()
        })
        .unwrap_or(0);
    assert!(schema >= 7, "{}", migrations.display());
    assert_eq!(list[0]["schemaVersion"], schema);
    assert_eq!(
        text(&rumbo(&["versions", &s(&ws)]).stdout).lines().count(),
        1
    );

    // Restore the newest sound backup: the saved version is gone, and kept.
    let out = rumbo(&["restore", &s(&ws), "--latest"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("Restored from ") && said.contains("The workspace as it was is kept in "),
        "{said}"
    );
    assert!(text(&rumbo(&["versions", &s(&ws)]).stdout).contains("No saved versions yet"));
    let out = rumbo(&["backups", &s(&ws), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let before = json[0]["path"].as_str().unwrap_or_default().to_string();
    assert_eq!(json[0]["reason"], "before-restore");
    // And back again, in Spanish, naming the backup.
    let out = rumbo(&["--lang", "es", "restore", &s(&ws), &before]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("Restaurado desde"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        text(&rumbo(&["versions", &s(&ws)]).stdout).lines().count(),
        1
    );

    assert_eq!(
        listing(dir.path()),
        ["Plan.rumbo", "Plan.rumbo-backups", "v1.md"]
    );

    // Nothing to restore, or not a backup: exit 2, clear words, nothing changed.
    let other = dir.path().join("Other.rumbo");
    assert!(rumbo(&["new", &s(&other)]).status.success());
    let bytes = fs::read(&other).unwrap_or_default();
    let out = rumbo(&["restore", &s(&other), "--latest"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("There is no backup of “Other.rumbo” yet."),
        "{}",
        text(&out.stderr)
    );
    let out = rumbo(&["restore", &s(&other), &s(&md)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not a Rumbo workspace"),
        "{}",
        text(&out.stderr)
    );
    let out = rumbo(&["restore", &s(&other)]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fs::read(&other).unwrap_or_default(), bytes);
}

#[test]
fn exports_to_a_full_or_read_only_disk_fail_clearly_and_leave_nothing() {
    let dir = tempdir();
    let ws = dir.path().join("s.rumbo");
    let s = |p: &std::path::Path| p.display().to_string();
    assert!(rumbo(&["sample", &s(&ws)]).status.success());
    let Some(full) = Tmpfs::mount("64k", "exports to a full disk") else {
        return;
    };
    full.fill("filler");
    let before = listing(full.path());

    let pdf = full.path().join("out.pdf");
    let out = rumbo(&["render", &s(&ws), "-o", &s(&pdf)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("There is no space left on the disk to write"),
        "{}",
        text(&out.stderr)
    );
    let json = full.path().join("out.json");
    let out = rumbo_in("es_ES.UTF-8", &["export-json", &s(&ws), "-o", &s(&json)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("No queda espacio en el disco para escribir"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(listing(full.path()), before, "no partial file is left");

    let Some(ro) = Tmpfs::mount("1m", "exports to a read-only disk") else {
        return;
    };
    ro.remount_read_only();
    let out = rumbo(&[
        "export-json",
        &s(&ws),
        "-o",
        &s(&ro.path().join("out.json")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .contains("cannot be written: the file, its folder or the disk is read-only"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn another_user_without_permission_is_refused_and_a_read_only_file_is_only_read() {
    let setpriv = std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !setpriv || !rumbo_e2e::is_root() {
        println!("SKIPPED another user: it needs root and setpriv");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    let s = |p: &std::path::Path| p.display().to_string();
    let chmod = |p: &std::path::Path, mode: u32| {
        fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("{e}"));
    };
    chmod(dir.path(), 0o755);
    // A copy of the binary that user 65534 can run.
    let bin = dir.path().join("rumbo");
    fs::copy(rumbo_e2e::binary("rumbo"), &bin).unwrap_or_else(|e| panic!("{e}"));
    chmod(&bin, 0o755);
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap_or_else(|e| panic!("{e}"));
    chmod(&out_dir, 0o777);
    let secret = dir.path().join("secret.rumbo");
    let shared = dir.path().join("shared.rumbo");
    assert!(rumbo(&["sample", &s(&secret)]).status.success());
    assert!(rumbo(&["sample", &s(&shared)]).status.success());
    chmod(&secret, 0o600);
    chmod(&shared, 0o644);
    let as_nobody = |args: &[&str]| {
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin)
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let before = listing(dir.path());
    let secret_bytes = fs::read(&secret).unwrap_or_default();
    let shared_bytes = fs::read(&shared).unwrap_or_default();

    let out = as_nobody(&["export-json", &s(&secret)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("Rumbo is not allowed to use"),
        "{}",
        text(&out.stderr)
    );

    // Readable, not writable: it is read, and writing is refused clearly.
    let out = as_nobody(&["export-json", &s(&shared)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Valdoria"));
    let md = out_dir.join("doc.md");
    let out = as_nobody(&[
        "render",
        &s(&shared),
        "--format",
        "md",
        "-o",
        &s(&md),
        "--save-version",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("“shared.rumbo” cannot be written"),
        "{}",
        text(&out.stderr)
    );
    let out = as_nobody(&["backup", &s(&shared)]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));

    assert_eq!(listing(dir.path()), before, "nothing appeared beside them");
    assert_eq!(fs::read(&secret).unwrap_or_default(), secret_bytes);
    assert_eq!(fs::read(&shared).unwrap_or_default(), shared_bytes);
}

/// A mistake made by hand in an export: what is replaced by what, and the
/// path and words the error must give in each language.
struct Mistake {
    from: &'static str,
    to: &'static str,
    path: &'static str,
    en: &'static str,
    es: &'static str,
}

#[test]
fn hand_made_mistakes_in_an_export_are_pointed_at_in_both_languages() {
    let dir = tempdir();
    let s = |p: &std::path::Path| p.display().to_string();
    let plan = dir.path().join("plan.rumbo");
    assert!(rumbo(&["sample", &s(&plan)]).status.success());
    let export = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mistakes = [
        Mistake {
            from: "\"handle\": ",
            to: "\"hnadle\": ",
            path: "channels[0].hnadle",
            en: "“hnadle” is not a field of a channel. Did you mean “handle”?",
            es: "«hnadle» no es un campo de un canal. ¿Querías escribir «handle»?",
        },
        Mistake {
            from: "\"handle\": \"company/empleo-valdoria\"",
            to: "\"handle\": null",
            path: "channels[0].handle",
            en: "expected text, or leave the field out, but found null.",
            es: "se esperaba un texto, o quita el campo, pero hay null.",
        },
        Mistake {
            from: "\"weeklyEffortHours\": 4.0",
            to: "\"weeklyEffortHours\": \"4\"",
            path: "channels[0].weeklyEffortHours",
            en: "expected a number of hours a week, from 0 to 168, or null, but found “4”.",
            es: "se esperaba un número de horas a la semana, de 0 a 168, o null, pero hay «4».",
        },
        Mistake {
            from: "\"deadline\": \"2027-02-28\"",
            to: "\"deadline\": \"28/02/2027\"",
            path: "objectives[0].deadline",
            en: "expected a date as YYYY-MM-DD (for example 2027-03-31), or null, but found “28/02/2027”. Write it as 2027-02-28.",
            es: "se esperaba una fecha con el formato AAAA-MM-DD (por ejemplo, 2027-03-31), o null, pero hay «28/02/2027». Escríbela como 2027-02-28.",
        },
        Mistake {
            from: "\"status\": \"active\"",
            to: "\"status\": \"activo\"",
            path: "channels[0].status",
            en: "That is the Spanish name of Active; in the file it is written “active”.",
            es: "Así lo muestra la app; en el archivo se escribe «active».",
        },
        Mistake {
            from: "\"network\": \"instagram\"",
            to: "\"network\": \"twitter\"",
            path: "channels[1].network",
            en: "That is an old name of X (Twitter): write “x”.",
            es: "Ese es un nombre antiguo de X (Twitter): escribe «x».",
        },
        Mistake {
            from: "\"objectiveId\": 1,",
            to: "\"objectiveId\": 77,",
            path: "measurements[0].objectiveId",
            en: "The measurement links in objectiveId to the objective with id 77, and the file has no objective with that id.",
            es: "La medición enlaza en objectiveId con el objetivo de id 77, y el archivo no tiene ningún objetivo con ese id.",
        },
    ];
    for (n, mistake) in mistakes.iter().enumerate() {
        let edited = export.replacen(mistake.from, mistake.to, 1);
        assert_ne!(edited, export, "{}", mistake.from);
        let at = edited.find(mistake.to).unwrap_or_default();
        let line = edited[..at].matches('\n').count() + 1;
        let json = dir.path().join(format!("mistake-{n}.json"));
        fs::write(&json, &edited).unwrap_or_else(|e| panic!("{e}"));
        let target = dir.path().join(format!("mistake-{n}.rumbo"));
        for (locale, where_, words, line_word) in [
            (
                "en_US.UTF-8",
                "The JSON export has a mistake at",
                mistake.en,
                "line",
            ),
            (
                "es_ES.UTF-8",
                "La exportación JSON tiene un error en",
                mistake.es,
                "línea",
            ),
        ] {
            let out = rumbo_in(locale, &["import-json", &s(&json), &s(&target)]);
            assert_eq!(out.status.code(), Some(2), "{}", mistake.path);
            let err = text(&out.stderr);
            assert!(
                err.contains(&format!("{where_} {} ({line_word} {line}, ", mistake.path)),
                "{err}"
            );
            assert!(err.contains(words), "{err}");
            // The line itself, as written, under the message.
            let row = edited.lines().nth(line - 1).unwrap_or_default();
            assert!(err.contains(&format!("  {line} | {row}")), "{err}");
            for wrong in ["not a Rumbo", "no es una exportación", "reload", "recarga"] {
                assert!(!err.contains(wrong), "{err}");
            }
            assert!(!target.exists(), "a failed import creates nothing");
        }
    }
}

#[test]
fn templates_are_listed_and_a_new_workspace_starts_from_one() {
    let list = rumbo(&["--lang", "es", "templates"]);
    assert!(list.status.success());
    let listed = text(&list.stdout);
    for name in [
        "public_administration",
        "ngo",
        "small_business",
        "consumer_brand",
        "education",
        "empty",
    ] {
        assert!(listed.contains(name), "{listed}");
    }
    assert!(listed.contains("Administración pública"), "{listed}");
    let json = text(&rumbo(&["templates", "--format", "json"]).stdout);
    assert!(json.contains("\"kind\": \"ngo\""), "{json}");

    let dir = tempdir();
    let file = dir.path().join("ong.rumbo");
    let out = rumbo(&[
        "--lang",
        "es",
        "new",
        &file.display().to_string(),
        "--template",
        "ngo",
        "--name",
        "Fundación Faro",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exported = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    assert!(
        exported.contains("\"name\": \"Voluntariado\""),
        "{exported}"
    );
    assert!(exported.contains("\"sector\": \"ONG o entidad sin ánimo de lucro\""));
    assert!(exported.contains("Fundación Faro"));
    // The template's policies are drafts with the organization's name.
    assert!(exported.contains("\"kind\": \"house_rules\""));
    assert!(!exported.contains("{organization}"));

    let bad = rumbo(&[
        "--lang",
        "en",
        "new",
        &dir.path().join("x.rumbo").display().to_string(),
        "--template",
        "church",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("no template called “church”"),
        "{}",
        text(&bad.stderr)
    );
    assert!(!dir.path().join("x.rumbo").exists());
}

#[test]
fn a_new_workspace_is_drafted_from_interview_answers() {
    let dir = tempdir();
    let file = dir.path().join("villaribera.rumbo");
    let answers = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/answers.es.json");
    let out = rumbo(&[
        "--lang",
        "es",
        "new",
        &file.display().to_string(),
        "--answers",
        &answers.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("«Estar en TikTok» expresa presencia"),
        "{said}"
    );
    assert!(said.contains("10 disponibles"), "{said}");

    let exported = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    let doc: serde_json::Value = serde_json::from_str(&exported).unwrap_or_else(|e| panic!("{e}"));
    let names = |list: &str, field: &str| -> Vec<String> {
        doc[list]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i[field].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(doc["profile"]["name"], "Ayuntamiento de Villaribera");
    assert_eq!(doc["profile"]["cmReportsTo"], "Alcaldía");
    let titles = names("objectives", "title");
    assert!(
        titles
            .iter()
            .any(|t| t == "Llegar a la gente joven a través de TikTok"),
        "{titles:?}"
    );
    assert!(!titles.iter().any(|t| t == "Estar en TikTok"), "{titles:?}");
    // The departments named replace the template's suggestions, each with
    // its flow, and the channels kept fit in the hours.
    assert_eq!(
        names("departments", "name"),
        ["Comunicación", "Alcaldía", "Juventud"]
    );
    assert!(
        names("flows", "name")
            .iter()
            .any(|f| f.starts_with("Juventud:"))
    );
    let channels = doc["channels"].as_array().cloned().unwrap_or_default();
    let effort: f64 = channels
        .iter()
        .filter_map(|c| c["weeklyEffortHours"].as_f64())
        .sum();
    assert!(!channels.is_empty() && effort <= 10.0, "{effort}");
    assert!(names("channels", "network").iter().any(|n| n == "tiktok"));

    // The check finds no error in the draft; the document renders.
    let check = rumbo(&["--lang", "es", "check", &file.display().to_string()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let pdf = dir.path().join("v.pdf");
    assert!(
        rumbo(&[
            "render",
            &file.display().to_string(),
            "-o",
            &pdf.display().to_string()
        ])
        .status
        .success()
    );
    assert!(pdf_text(&pdf).contains("Llegar a la gente joven a través de TikTok"));

    // Answers that are not answers are refused, located, and nothing is made.
    let wrong = dir.path().join("wrong.json");
    std::fs::write(&wrong, "{\n  \"kind\": \"ngo\",\n  \"colour\": 1\n}\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("y.rumbo");
    let out = rumbo(&[
        "--lang",
        "en",
        "new",
        &target.display().to_string(),
        "--answers",
        &wrong.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("cannot be read as interview answers: line 3, column"),
        "{said}"
    );
    assert!(!target.exists());
}
