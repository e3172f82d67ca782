//! The sandbox Typst compiles in. It serves exactly two files: the template
//! compiled into this crate (`/main.typ`) and the document's data
//! (`/data.json`). Every other path, every package and every font outside
//! the embedded ones is refused; nothing is read from disk or the network.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The template of the strategy document.
const TEMPLATE: &str = include_str!("../templates/document.typ");
/// The template of an annex published on its own.
const ANNEX_TEMPLATE: &str = include_str!("../templates/annex.typ");

/// The embedded fonts: Inter for text (SIL Open Font License) and DejaVu
/// Sans as a fallback for symbols Inter lacks (Bitstream Vera licence).
const FONT_FILES: &[&[u8]] = &[
    include_bytes!("../fonts/Inter-Regular.otf"),
    include_bytes!("../fonts/Inter-Italic.otf"),
    include_bytes!("../fonts/Inter-SemiBold.otf"),
    include_bytes!("../fonts/Inter-SemiBoldItalic.otf"),
    include_bytes!("../fonts/Inter-Bold.otf"),
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
];

/// The regular text face and its fallback, for measuring text before
/// layout (`text::fit_lines`).
pub(crate) const REGULAR_FACES: [&[u8]; 2] = [FONT_FILES[0], FONT_FILES[5]];

static FONTS: LazyLock<Vec<Font>> = LazyLock::new(|| {
    FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect()
});
static BOOK: LazyLock<LazyHash<FontBook>> =
    LazyLock::new(|| LazyHash::new(FontBook::from_fonts(FONTS.iter())));
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

// Both paths are constants that Typst accepts (a test checks it).
#[allow(clippy::expect_used)]
static MAIN: LazyLock<FileId> =
    LazyLock::new(|| file_id("/main.typ").expect("a valid virtual path"));
#[allow(clippy::expect_used)]
static DATA: LazyLock<FileId> =
    LazyLock::new(|| file_id("/data.json").expect("a valid virtual path"));

/// The world of one document. Keep it between compiles: Typst then redoes
/// only what the changed data touches.
pub struct DocWorld {
    template: &'static str,
    main: Source,
    data: Bytes,
    today: NaiveDate,
}

impl DocWorld {
    /// The world of the strategy document.
    pub fn new() -> DocWorld {
        DocWorld::with_template(TEMPLATE)
    }

    /// The world of an annex published on its own.
    pub fn annex() -> DocWorld {
        DocWorld::with_template(ANNEX_TEMPLATE)
    }

    fn with_template(template: &'static str) -> DocWorld {
        DocWorld {
            template,
            main: Source::new(*MAIN, template.to_string()),
            data: Bytes::new(Vec::new()),
            today: NaiveDate::default(),
        }
    }

    /// Where a diagnostic points in the template, for error messages.
    pub fn line_of(&self, span: impl Into<typst::syntax::DiagSpan>) -> String {
        use typst::WorldExt;
        match self.range(span) {
            Some(range) => {
                let template = self.template;
                let line = template[..range.start.min(template.len())].lines().count();
                format!("template line {line}")
            }
            None => "no location".to_string(),
        }
    }

    /// Replaces the data (JSON) and the document date.
    pub fn set_data(&mut self, json: Vec<u8>, today: NaiveDate) {
        self.data = Bytes::new(json);
        self.today = today;
    }
}

impl Default for DocWorld {
    fn default() -> DocWorld {
        DocWorld::new()
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &BOOK
    }

    fn main(&self) -> FileId {
        *MAIN
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN {
            Ok(self.main.clone())
        } else {
            Err(refuse(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            Ok(self.data.clone())
        } else if id == *MAIN {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(refuse(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

fn refuse(id: FileId) -> FileError {
    if matches!(id.root(), VirtualRoot::Package(_)) {
        FileError::Other(Some("packages are not available".into()))
    } else {
        FileError::AccessDenied
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_only_the_template_and_the_data() {
        let mut world = DocWorld::new();
        world.set_data(b"{}".to_vec(), NaiveDate::default());
        assert!(world.file(*DATA).is_ok());
        assert!(world.source(*MAIN).is_ok());
        for path in [
            "/etc/passwd",
            "/data2.json",
            "/fonts/Inter-Regular.otf",
            "/x/../etc/passwd",
        ] {
            if let Some(id) = file_id(path) {
                assert!(world.file(id).is_err(), "{path}");
                assert!(world.source(id).is_err(), "{path}");
            }
        }
        assert!(world.source(*DATA).is_err());
        assert!(FONTS.len() >= 7);
    }
}
