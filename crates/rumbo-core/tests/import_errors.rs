//! Mistakes people make when they edit a JSON export by hand, each read
//! back in both languages: the error names the JSON path, the line and the
//! column, says what was expected in the reader's language — with the JSON
//! names to write —, and never calls a Rumbo export "not a Rumbo export" or
//! gives app advice ("reload") for a file.

use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::json_error::{JsonError, JsonProblem};
use rumbo_core::{Error, Lang, sample};

fn export() -> String {
    sample::workspace(Lang::En)
        .to_json()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The line (from 1) of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the text"));
    text[..at].matches('\n').count() + 1
}

/// `text` with the first `from` replaced by `to` (which must change it).
fn edit(text: &str, from: &str, to: &str) -> String {
    let edited = text.replacen(from, to, 1);
    assert_ne!(edited, text, "{from:?} is not in the text");
    edited
}

/// Reads `text`, which must fail, and returns the error and its messages.
fn refused(text: &str) -> (JsonError, String, String) {
    match WorkspaceDoc::from_json(text) {
        Err(error @ Error::BadJson(_)) => {
            let (en, es) = (error.message(Lang::En), error.message(Lang::Es));
            let Error::BadJson(json) = error else {
                unreachable!()
            };
            (*json, en, es)
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

/// The error is at `path`, on `line`, says so in both languages, and never
/// says the file is not an export or gives app advice.
fn assert_points_at(text: &str, path: &str, line: usize) -> (String, String) {
    let (error, en, es) = refused(text);
    // Shown with `--nocapture`, to read them.
    println!("{en}\n{es}\n");
    assert_eq!(error.place.path, path, "{en}");
    assert_eq!(error.place.line, Some(line), "{en}");
    let column = error.place.column.unwrap_or(0);
    assert!(column > 0, "{en}");
    assert!(
        en.contains(&format!("at {path} (line {line}, column {column}):")),
        "{en}"
    );
    assert!(
        es.contains(&format!("en {path} (línea {line}, columna {column}):")),
        "{es}"
    );
    assert!(en.starts_with("The JSON export has a mistake"), "{en}");
    assert!(es.starts_with("La exportación JSON tiene un error"), "{es}");
    for (message, words) in [
        (&en, ["not a Rumbo", "reload"]),
        (&es, ["no es una exportación", "recarga"]),
    ] {
        for word in words {
            assert!(!message.contains(word), "{message}");
        }
    }
    (en, es)
}

#[test]
fn an_unknown_field_suggests_the_nearest_one() {
    let text = edit(&export(), "\"handle\": ", "\"hnadle\": ");
    let line = line_of(&text, "\"hnadle\"");
    let (en, es) = assert_points_at(&text, "channels[0].hnadle", line);
    assert!(
        en.ends_with("“hnadle” is not a field of a channel. Did you mean “handle”?"),
        "{en}"
    );
    assert!(
        es.ends_with("«hnadle» no es un campo de un canal. ¿Querías escribir «handle»?"),
        "{es}"
    );
    // The column is the field's own: where its name begins.
    let (error, ..) = refused(&text);
    let row = text.lines().nth(line - 1).unwrap_or_default();
    assert_eq!(error.place.column, row.find('"').map(|c| c + 1));
}

#[test]
fn null_where_text_is_required_says_what_text_is_expected() {
    let text = edit(
        &export(),
        "\"handle\": \"company/empleo-valdoria\"",
        "\"handle\": null",
    );
    let line = line_of(&text, "\"handle\": null");
    let (en, es) = assert_points_at(&text, "channels[0].handle", line);
    assert!(
        en.ends_with("expected text, or leave the field out, but found null."),
        "{en}"
    );
    assert!(
        es.ends_with("se esperaba un texto, o quita el campo, pero hay null."),
        "{es}"
    );
    // A name cannot be left out.
    let doc = sample::workspace(Lang::En);
    let name = format!("\"name\": \"{}\"", doc.channels[0].name);
    let text = edit(&export(), &name, "\"name\": null");
    let line = line_of(&text, "\"name\": null");
    let (en, es) = assert_points_at(&text, "channels[0].name", line);
    assert!(
        en.ends_with("expected text, which cannot be empty, but found null."),
        "{en}"
    );
    assert!(
        es.ends_with("se esperaba un texto, que no puede estar vacío, pero hay null."),
        "{es}"
    );
    // Left out, an optional text is read as empty.
    let text = edit(&export(), "\"handle\": \"company/empleo-valdoria\",", "");
    let read = WorkspaceDoc::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.channels[0].handle, "");
}

#[test]
fn a_string_where_a_number_is_required_says_which_number() {
    let text = edit(
        &export(),
        "\"weeklyEffortHours\": 4.0",
        "\"weeklyEffortHours\": \"4\"",
    );
    let line = line_of(&text, "\"weeklyEffortHours\": \"4\"");
    let (en, es) = assert_points_at(&text, "channels[0].weeklyEffortHours", line);
    assert!(
        en.ends_with(
            "expected a number of hours a week, from 0 to 168, or null, but found “4”. Write it without quotes: 4."
        ),
        "{en}"
    );
    assert!(
        es.ends_with(
            "se esperaba un número de horas a la semana, de 0 a 168, o null, pero hay «4». Escríbelo sin comillas: 4."
        ),
        "{es}"
    );
}

#[test]
fn a_date_in_another_format_is_rewritten_for_the_reader() {
    let text = edit(
        &export(),
        "\"deadline\": \"2027-02-28\"",
        "\"deadline\": \"28/02/2027\"",
    );
    let line = line_of(&text, "28/02/2027");
    let (en, es) = assert_points_at(&text, "objectives[0].deadline", line);
    assert!(
        en.ends_with(
            "expected a date as YYYY-MM-DD (for example 2027-03-31), or null, but found “28/02/2027”. Write it as 2027-02-28."
        ),
        "{en}"
    );
    assert!(
        es.ends_with(
            "se esperaba una fecha con el formato AAAA-MM-DD (por ejemplo, 2027-03-31), o null, pero hay «28/02/2027». Escríbela como 2027-02-28."
        ),
        "{es}"
    );
}

#[test]
fn a_value_in_the_other_language_gets_its_json_name() {
    let text = edit(
        &export(),
        "\"status\": \"active\"",
        "\"status\": \"activo\"",
    );
    let line = line_of(&text, "\"activo\"");
    let (en, es) = assert_points_at(&text, "channels[0].status", line);
    // Every allowed value, in the reader's language, with its JSON name.
    assert!(
        en.contains(
            "expected one of a channel's statuses: Considered (“considered”), Requested (“requested”), Planned (“planned”), Active (“active”), Under review (“under_review”), Paused (“paused”), Dormant (“dormant”), Retired (“retired”), Rejected (“rejected”), but found “activo”."
        ),
        "{en}"
    );
    assert!(
        en.ends_with("That is the Spanish name of Active; in the file it is written “active”."),
        "{en}"
    );
    assert!(
        es.contains(
            "se esperaba uno de los estados de un canal: En estudio («considered»), Solicitado («requested»), Previsto («planned»), Activo («active»), En revisión («under_review»), En pausa («paused»), Inactivo («dormant»), Retirado («retired»), Descartado («rejected»), pero hay «activo»."
        ),
        "{es}"
    );
    assert!(
        es.ends_with("Así lo muestra la app; en el archivo se escribe «active»."),
        "{es}"
    );
    // An English label, read by a Spanish speaker.
    let status = "\"status\": \"active\",\n      \"channelIds\"";
    let text = edit(
        &export(),
        status,
        "\"status\": \"In progress\",\n      \"channelIds\"",
    );
    let line = line_of(&text, "\"In progress\"");
    let (_, es) = assert_points_at(&text, "objectives[0].status", line);
    assert!(
        es.ends_with("Ese es el nombre en inglés de En curso; en el archivo se escribe «active»."),
        "{es}"
    );
}

#[test]
fn an_old_network_name_is_told_its_new_one() {
    let text = edit(
        &export(),
        "\"network\": \"instagram\"",
        "\"network\": \"twitter\"",
    );
    let line = line_of(&text, "\"twitter\"");
    let (en, es) = assert_points_at(&text, "channels[1].network", line);
    assert!(en.contains("X (Twitter) (“x”)"), "{en}");
    assert!(en.contains("WhatsApp channel (“whatsapp_channel”)"), "{en}");
    assert!(
        en.ends_with("but found “twitter”. That is an old name of X (Twitter): write “x”."),
        "{en}"
    );
    assert!(
        es.contains("Canal de WhatsApp («whatsapp_channel»)"),
        "{es}"
    );
    assert!(
        es.ends_with("pero hay «twitter». Ese es un nombre antiguo de X (Twitter): escribe «x»."),
        "{es}"
    );
}

#[test]
fn a_link_to_a_missing_record_names_the_record_and_the_link() {
    let mut doc = sample::workspace(Lang::En);
    doc.objectives[0].channel_ids.push(4242);
    let at = doc.objectives[0].channel_ids.len() - 1;
    let title = doc.objectives[0].title.clone();
    let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
    let line = line_of(&text, "4242");
    let (en, es) = assert_points_at(&text, &format!("objectives[0].channelIds[{at}]"), line);
    assert!(
        en.ends_with(&format!(
            "The objective “{title}” links in channelIds to the channel with id 4242, and the file has no channel with that id. Remove the link, or add that channel to the file."
        )),
        "{en}"
    );
    assert!(
        es.ends_with(&format!(
            "El objetivo «{title}» enlaza en channelIds con el canal de id 4242, y el archivo no tiene ningún canal con ese id. Quita el enlace, o añade ese elemento al archivo."
        )),
        "{es}"
    );
    // A record with no name of its own, and a feminine one in Spanish.
    let mut doc = sample::workspace(Lang::Es);
    doc.campaigns[0].department_id = Some(99);
    let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
    let line = line_of(&text, "\"departmentId\": 99");
    let (_, es) = assert_points_at(&text, "campaigns[0].departmentId", line);
    assert!(
        es.contains("La campaña «") && es.contains("enlaza en departmentId con el departamento de id 99, y el archivo no tiene ningún departamento con ese id."),
        "{es}"
    );
}

#[test]
fn a_field_left_out_that_must_be_there_says_what_it_holds() {
    let text = edit(&export(), "\"status\": \"active\",", "");
    let line = line_of(&text, "\"channels\": [") + 1;
    let (error, en, es) = refused(&text);
    assert_eq!(error.place.path, "channels[0]");
    // The record's opening brace.
    assert_eq!(error.place.line, Some(line));
    assert!(en.contains("the field “status” is missing; it holds one of a channel's statuses: Considered (“considered”)"), "{en}");
    assert!(es.contains("falta el campo «status»; contiene uno de los estados de un canal: En estudio («considered»)"), "{es}");
}

#[test]
fn broken_json_is_located_and_not_called_another_kind_of_file() {
    // A comma forgotten by hand.
    let text = edit(
        &export(),
        "\"status\": \"active\",",
        "\"status\": \"active\"",
    );
    let (error, en, es) = refused(&text);
    let line = line_of(&text, "\"status\": \"active\"") + 1;
    assert_eq!(error.place.line, Some(line), "{en}");
    assert_eq!(error.place.path, "channels[0]");
    assert!(
        en.starts_with(&format!(
            "The file is not valid JSON at channels[0] (line {line}, column 7): a comma is missing"
        )),
        "{en}"
    );
    assert!(
        es.starts_with(&format!(
            "El archivo no es JSON válido en channels[0] (línea {line}, columna 7): falta una coma"
        )),
        "{es}"
    );
    // Cut short.
    let full = export();
    let (error, en, es) = refused(&full[..full.len() / 2]);
    assert!(matches!(error.problem, JsonProblem::Syntax(_)), "{en}");
    assert!(
        en.contains("the file ends before the document does"),
        "{en}"
    );
    assert!(
        es.contains("el archivo termina antes que el documento"),
        "{es}"
    );
    // A key written twice.
    let text = edit(&export(), "\"handle\": ", "\"owner\": \"x\", \"owner\": ");
    let (error, en, es) = refused(&text);
    assert_eq!(error.place.path, "channels[0].owner");
    assert_eq!(error.place.line, Some(line_of(&text, "\"owner\": \"x\"")));
    assert!(
        en.contains("the field “owner” is written twice in the same object"),
        "{en}"
    );
    assert!(
        es.contains("el campo «owner» aparece dos veces en el mismo objeto"),
        "{es}"
    );
    for message in [&en, &es] {
        assert!(!message.contains("not a Rumbo") && !message.contains("no es una exportación"));
    }
}

#[test]
fn only_a_file_that_is_no_export_is_called_so() {
    let (_, en, es) = refused("{\"hello\": 1}");
    assert!(en.starts_with("This is not a Rumbo JSON export:"), "{en}");
    assert!(
        es.starts_with("Esto no es una exportación JSON de Rumbo:"),
        "{es}"
    );
    let (_, en, _) = refused("[1, 2]");
    assert!(en.starts_with("This is not a Rumbo JSON export:"), "{en}");
    // An export whose format was mistyped is still an export.
    let text = edit(&export(), "\"rumbo-workspace\"", "\"rumbo-worksapce\"");
    let (en, es) = assert_points_at(&text, "format", 2);
    assert!(
        en.ends_with("expected “rumbo-workspace”, but found “rumbo-worksapce”."),
        "{en}"
    );
    assert!(
        es.ends_with("se esperaba «rumbo-workspace», pero hay «rumbo-worksapce»."),
        "{es}"
    );
}
