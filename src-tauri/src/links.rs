//! Links in user text. The window never opens anything itself: it asks
//! [`open_link`], which checks the address, asks the user in a native dialog
//! that shows the whole address, and only then hands it to the system's
//! browser or mail program. The webview has no opener permission.

use rumbo_core::error::ErrorCode;
use rumbo_core::{ApiError, Lang};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
use tauri_plugin_opener::OpenerExt;
use url::Url;

use crate::run::CommandResult;
use crate::state::{Shared, lock};

/// The longest address Rumbo opens.
pub const MAX_URL: usize = 2048;

/// Why an address is not opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Empty,
    TooLong,
    /// Spaces or control characters inside the address.
    Unsafe,
    Unparsable,
    /// Not `http`, `https` or `mailto`.
    Scheme,
    /// A web address without a host.
    NoHost,
    /// A user name or password before the host (`https://bank@evil.example`).
    Credentials,
}

impl LinkProblem {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            LinkProblem::Empty => lang.pick("The link is empty.", "El enlace está vacío."),
            LinkProblem::TooLong => lang.pick(
                "The link is too long to be opened safely.",
                "El enlace es demasiado largo para abrirlo con seguridad.",
            ),
            LinkProblem::Unsafe => lang.pick(
                "The link contains spaces or invisible characters, so Rumbo does not open it.",
                "El enlace contiene espacios o caracteres invisibles, así que Rumbo no lo abre.",
            ),
            LinkProblem::Unparsable => lang.pick(
                "This is not a valid web address.",
                "Esta no es una dirección web válida.",
            ),
            LinkProblem::Scheme => lang.pick(
                "Rumbo opens only web addresses (http, https) and e-mail addresses (mailto).",
                "Rumbo solo abre direcciones web (http, https) y de correo (mailto).",
            ),
            LinkProblem::NoHost => lang.pick(
                "The web address has no site name.",
                "La dirección web no tiene nombre de sitio.",
            ),
            LinkProblem::Credentials => lang.pick(
                "The link hides a user name or password before the site name, a common trick: Rumbo does not open it.",
                "El enlace esconde un usuario o contraseña antes del nombre del sitio, un engaño habitual: Rumbo no lo abre.",
            ),
        }
    }

    fn to_api(self, lang: Lang) -> ApiError {
        ApiError {
            code: ErrorCode::Validation,
            message: self.message(lang).to_string(),
            fields: Vec::new(),
        }
    }
}

/// The address `text` as Rumbo would open it (normalized: the host in
/// lower case and, for international names, in its ASCII form, so the user
/// sees where it really leads), or why it is refused.
pub fn checked_url(text: &str) -> Result<Url, LinkProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkProblem::Empty);
    }
    if text.chars().count() > MAX_URL {
        return Err(LinkProblem::TooLong);
    }
    if text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(LinkProblem::Unsafe);
    }
    let url = Url::parse(text).map_err(|_| LinkProblem::Unparsable)?;
    match url.scheme() {
        "http" | "https" => {
            if url.host_str().is_none_or(str::is_empty) {
                return Err(LinkProblem::NoHost);
            }
            if !url.username().is_empty() || url.password().is_some() {
                return Err(LinkProblem::Credentials);
            }
        }
        "mailto" => {
            if url.path().is_empty() {
                return Err(LinkProblem::Empty);
            }
        }
        _ => return Err(LinkProblem::Scheme),
    }
    if url.as_str().len() > MAX_URL {
        return Err(LinkProblem::TooLong);
    }
    Ok(url)
}

/// Characters that change how text is shown without being seen: direction
/// overrides and zero-width marks can disguise an address.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The question the confirmation dialog asks.
pub fn confirmation(url: &Url, lang: Lang) -> (String, String, String, String) {
    let title = lang
        .pick("Open this link?", "¿Abrir este enlace?")
        .to_string();
    let message = match lang {
        Lang::En => format!(
            "Rumbo will open this address outside the app:\n\n{url}\n\nOpen it only if you trust where it leads."
        ),
        Lang::Es => format!(
            "Rumbo abrirá esta dirección fuera de la aplicación:\n\n{url}\n\nÁbrela solo si confías en su destino."
        ),
    };
    let open = if url.scheme() == "mailto" {
        lang.pick("Write an e-mail", "Escribir un correo")
    } else {
        lang.pick("Open in the browser", "Abrir en el navegador")
    };
    (
        title,
        message,
        open.to_string(),
        lang.pick("Cancel", "Cancelar").to_string(),
    )
}

/// Opens `url` in the system's browser (or mail program) after the user
/// confirms it in a native dialog showing the whole address. True when it
/// was opened, false when the user declined.
#[tauri::command]
pub async fn open_link<R: Runtime>(app: AppHandle<R>, url: String) -> CommandResult<bool> {
    let lang = lock(app.state::<Shared>().inner()).lang();
    let url = checked_url(&url).map_err(|p| p.to_api(lang))?;
    let (title, message, open, cancel) = confirmation(&url, lang);
    let mut dialog = app
        .dialog()
        .message(message)
        .title(title)
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(open, cancel));
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.parent(&window);
    }
    let confirmed = tauri::async_runtime::spawn_blocking(move || dialog.blocking_show())
        .await
        .unwrap_or(false);
    if !confirmed {
        return Ok(false);
    }
    app.opener()
        .open_url(url.as_str(), None::<&str>)
        .map_err(|e| ApiError {
            code: ErrorCode::Io,
            message: match lang {
                Lang::En => format!("The link could not be opened: {e}"),
                Lang::Es => format!("No se pudo abrir el enlace: {e}"),
            },
            fields: Vec::new(),
        })?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_and_mail_addresses_are_opened() {
        let ok = |text: &str| checked_url(text).map(|u| u.to_string());
        assert_eq!(
            ok("https://example.org/a?b=1#c"),
            Ok("https://example.org/a?b=1#c".into())
        );
        assert_eq!(
            ok("  http://Example.ORG  "),
            Ok("http://example.org/".into())
        );
        assert_eq!(
            ok("mailto:hola@valdoria.example"),
            Ok("mailto:hola@valdoria.example".into())
        );
        // International names are shown in the form that says where they lead.
        assert_eq!(
            ok("https://bücher.example/"),
            Ok("https://xn--bcher-kva.example/".into())
        );
    }

    #[test]
    fn other_schemes_are_refused() {
        for text in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "tauri://localhost/index.html",
            "ftp://example.org/",
            "smb://server/share",
            "vbscript:msgbox",
            "about:blank",
            "blob:https://example.org/x",
        ] {
            assert_eq!(checked_url(text), Err(LinkProblem::Scheme), "{text}");
        }
    }

    #[test]
    fn disguised_or_malformed_addresses_are_refused() {
        assert_eq!(checked_url(""), Err(LinkProblem::Empty));
        assert_eq!(checked_url("   "), Err(LinkProblem::Empty));
        assert_eq!(checked_url("mailto:"), Err(LinkProblem::Empty));
        assert_eq!(checked_url("example.org"), Err(LinkProblem::Unparsable));
        assert_eq!(checked_url("https://"), Err(LinkProblem::Unparsable));
        assert_eq!(
            checked_url("https://exa mple.org"),
            Err(LinkProblem::Unsafe)
        );
        assert_eq!(
            checked_url("https://example.org/\u{202E}gpj.exe"),
            Err(LinkProblem::Unsafe)
        );
        assert_eq!(
            checked_url("https://example.org/\u{200B}"),
            Err(LinkProblem::Unsafe)
        );
        assert_eq!(
            checked_url("https://example.org/\nx"),
            Err(LinkProblem::Unsafe)
        );
        assert_eq!(
            checked_url("https://bank.example@evil.example/"),
            Err(LinkProblem::Credentials)
        );
        assert_eq!(
            checked_url("https://user:pw@evil.example/"),
            Err(LinkProblem::Credentials)
        );
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL));
        assert_eq!(checked_url(&long), Err(LinkProblem::TooLong));
        let just = format!("https://example.org/{}", "a".repeat(MAX_URL - 20));
        assert!(checked_url(&just).is_ok());
    }

    #[test]
    fn the_confirmation_shows_the_whole_address_in_both_languages() {
        let url = checked_url("https://example.org/very/long/path?with=query")
            .unwrap_or_else(|p| panic!("{p:?}"));
        for lang in [Lang::En, Lang::Es] {
            let (title, message, open, cancel) = confirmation(&url, lang);
            assert!(message.contains("https://example.org/very/long/path?with=query"));
            assert!(!title.is_empty() && !open.is_empty() && !cancel.is_empty());
        }
        assert_eq!(confirmation(&url, Lang::Es).3, "Cancelar");
        for problem in [
            LinkProblem::Empty,
            LinkProblem::TooLong,
            LinkProblem::Unsafe,
            LinkProblem::Unparsable,
            LinkProblem::Scheme,
            LinkProblem::NoHost,
            LinkProblem::Credentials,
        ] {
            assert_ne!(problem.message(Lang::En), problem.message(Lang::Es));
        }
    }
}
