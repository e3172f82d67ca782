//! Damaged files, generated here from a real workspace: truncated at many
//! lengths, bits flipped in the header and (seeded) in b-tree pages, a
//! crash's `-wal` missing or present, a stale `-wal` from another copy, a
//! `-wal` of garbage, empty files, a folder, a file another user cannot read.
//!
//! For every variant: no panic; it either opens and passes
//! `integrity_check`, or is refused with a clear error — and then the
//! file's bytes, and its `-wal`'s, are unchanged and nothing but SQLite's
//! `-shm` index appears beside it. `RUMBO_DAMAGE_SEED` picks the seed
//! (printed); `RUMBO_DAMAGE_FLIPS` the number of b-tree flips (default 80).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use rumbo_core::error::ErrorCode;
use rumbo_core::model::{Channel, ChannelStatus, Network};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::{Workspace, backup};

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

fn read(path: &Path) -> Option<Vec<u8>> {
    fs::read(path).ok()
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The files every variant starts from.
struct Sources {
    _dir: tempfile::TempDir,
    /// A closed sample workspace (one file).
    clean: Vec<u8>,
    /// A session killed after its edits: the main file and its `-wal`.
    crashed: Vec<u8>,
    crashed_wal: Vec<u8>,
    crashed_shm: Vec<u8>,
    /// The `-wal` of a different workspace, killed mid-session.
    other_wal: Vec<u8>,
    /// Channel names the crashed session acknowledged.
    crashed_channels: Vec<String>,
}

fn sources() -> Sources {
    let dir = dir();
    let clean_path = dir.path().join("clean.rumbo");
    ok(ok(Workspace::create_from(
        &clean_path,
        &sample::workspace(Lang::En),
    ))
    .close());
    let clean = read(&clean_path).unwrap_or_default();

    // A session that is "killed": its files are copied while it is open,
    // after its edits returned (what the disk holds after SIGKILL).
    let live = dir.path().join("live.rumbo");
    fs::write(&live, &clean).unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&live));
    let mut crashed_channels = Vec::new();
    for i in 0..12 {
        let name = format!("Crash channel {i}");
        ok(ws.add(Channel::new(
            Network::Bluesky,
            &name,
            ChannelStatus::Planned,
        )));
        crashed_channels.push(name);
    }
    let crashed = read(&live).unwrap_or_default();
    let crashed_wal = read(&sibling(&live, "-wal")).unwrap_or_default();
    let crashed_shm = read(&sibling(&live, "-shm")).unwrap_or_default();
    assert!(crashed_wal.len() > 32, "the edits are in the -wal");

    let other = dir.path().join("other.rumbo");
    ok(ok(Workspace::create_from(&other, &sample::workspace(Lang::Es))).close());
    let mut other_ws = ok(Workspace::open(&other));
    for i in 0..30 {
        ok(other_ws.add(Channel::new(
            Network::Tiktok,
            &format!("Otro {i}"),
            ChannelStatus::Planned,
        )));
    }
    let other_wal = read(&sibling(&other, "-wal")).unwrap_or_default();
    drop(other_ws);
    drop(ws);
    Sources {
        _dir: dir,
        clean,
        crashed,
        crashed_wal,
        crashed_shm,
        other_wal,
        crashed_channels,
    }
}

/// One variant: the workspace's bytes, and optionally a -wal and -shm.
struct Variant {
    name: String,
    main: Vec<u8>,
    wal: Option<Vec<u8>>,
    shm: Option<Vec<u8>>,
}

impl Variant {
    fn new(name: impl Into<String>, main: Vec<u8>) -> Variant {
        Variant {
            name: name.into(),
            main,
            wal: None,
            shm: None,
        }
    }
}

/// What happened to a variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Opened,
    /// Opened, sound for SQLite, but a flipped bit left a value Rumbo
    /// cannot read (e.g. a misspelt JSON field): reading it is a clear
    /// error, not a panic.
    OpenedWithAnUnreadableValue,
    Refused(ErrorCode),
}

/// Writes the variant into a fresh folder, opens it, checks the promise.
fn try_variant(variant: &Variant) -> Outcome {
    let dir = dir();
    let path = dir.path().join("w.rumbo");
    fs::write(&path, &variant.main).unwrap_or_else(|e| panic!("{e}"));
    if let Some(wal) = &variant.wal {
        fs::write(sibling(&path, "-wal"), wal).unwrap_or_else(|e| panic!("{e}"));
    }
    if let Some(shm) = &variant.shm {
        fs::write(sibling(&path, "-shm"), shm).unwrap_or_else(|e| panic!("{e}"));
    }
    let before = listing(dir.path());
    let opened = std::panic::catch_unwind(|| Workspace::open(&path))
        .unwrap_or_else(|_| panic!("{}: panicked", variant.name));
    match opened {
        Ok(ws) => {
            // It opened: the data must be sound; reading it never panics.
            let readable = ws.export().is_ok();
            ok(ws.close());
            let conn = rusqlite::Connection::open_with_flags(
                &path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )
            .unwrap_or_else(|e| panic!("{e}"));
            let verdict: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{}: {e}", variant.name));
            assert_eq!(verdict, "ok", "{} opened but is not sound", variant.name);
            if readable {
                Outcome::Opened
            } else {
                Outcome::OpenedWithAnUnreadableValue
            }
        }
        Err(error) => {
            let code = error.code();
            assert!(
                matches!(
                    code,
                    ErrorCode::Damaged
                        | ErrorCode::NotSqlite
                        | ErrorCode::NotAWorkspace
                        | ErrorCode::NewerVersion
                ),
                "{}: unexpected error {error:?}",
                variant.name
            );
            for lang in Lang::ALL {
                assert!(
                    error.message(lang).contains("w.rumbo"),
                    "{}: the message names the file: {}",
                    variant.name,
                    error.message(lang)
                );
            }
            assert_eq!(
                read(&path).as_ref(),
                Some(&variant.main),
                "{}: the refused file was changed",
                variant.name
            );
            assert_eq!(
                read(&sibling(&path, "-wal")),
                variant.wal,
                "{}: the refused file's -wal was changed",
                variant.name
            );
            let after: Vec<String> = listing(dir.path())
                .into_iter()
                .filter(|n| !(n == "w.rumbo-shm" && variant.wal.is_some()))
                .collect();
            let before: Vec<String> = before.into_iter().filter(|n| n != "w.rumbo-shm").collect();
            let after_no_shm: Vec<String> =
                after.into_iter().filter(|n| n != "w.rumbo-shm").collect();
            assert_eq!(
                after_no_shm, before,
                "{}: files appeared beside it",
                variant.name
            );
            if variant.wal.is_none() {
                assert!(
                    !path.with_file_name("w.rumbo-shm").exists() || variant.shm.is_some(),
                    "{}: a -shm appeared beside a file without -wal",
                    variant.name
                );
            }
            Outcome::Refused(code)
        }
    }
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

fn flipped(bytes: &[u8], offset: usize, bit: u8) -> Vec<u8> {
    let mut copy = bytes.to_vec();
    if let Some(byte) = copy.get_mut(offset) {
        *byte ^= 1 << (bit % 8);
    }
    copy
}

#[test]
fn every_damaged_variant_is_opened_soundly_or_refused_untouched() {
    let seed: u64 = std::env::var("RUMBO_DAMAGE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_260_511);
    let flips: usize = std::env::var("RUMBO_DAMAGE_FLIPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(80);
    let mut rng = Rng(seed);
    let s = sources();
    let len = s.clean.len();
    assert!(len >= 8 * 4096, "the sample spans many pages ({len} bytes)");
    let mut variants = Vec::new();

    for cut in [
        0,
        1,
        15,
        16,
        50,
        99,
        100,
        2048,
        4095,
        4096,
        4096 + 100,
        len / 2,
        len / 2 + 1234,
        len - 4096,
        len - 4096 + 1,
        len - 1,
    ] {
        variants.push(Variant::new(
            format!("truncated to {cut} bytes"),
            s.clean[..cut].to_vec(),
        ));
    }
    for offset in [
        0, 5, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 27, 28, 31, 32, 36, 40, 44, 47, 48, 52, 56,
        59, 60, 63, 64, 68, 71, 72, 92, 95, 96, 99,
    ] {
        for bit in [0_u8, 7] {
            variants.push(Variant::new(
                format!("header byte {offset} bit {bit} flipped"),
                flipped(&s.clean, offset, bit),
            ));
        }
    }
    for i in 0..flips {
        let offset = 100 + rng.below(len - 100);
        let bit = u8::try_from(rng.below(8)).unwrap_or(0);
        variants.push(Variant::new(
            format!("b-tree flip #{i}: byte {offset} bit {bit}"),
            flipped(&s.clean, offset, bit),
        ));
    }
    for page in [1_usize, 2, 3, len / 4096 - 1] {
        let mut bytes = s.clean.clone();
        for b in bytes.iter_mut().skip(page * 4096).take(4096) {
            *b = 0;
        }
        variants.push(Variant::new(format!("page {} zeroed", page + 1), bytes));
    }
    variants.push(Variant::new("an empty file", Vec::new()));
    variants.push(Variant::new("4096 zero bytes", vec![0; 4096]));
    variants.push(Variant::new(
        "a text file",
        b"Plan 2027\n- be on TikTok\n".repeat(200),
    ));

    // Crashes and journals.
    variants.push(Variant::new(
        "killed mid-session, -wal missing",
        s.crashed.clone(),
    ));
    variants.push(Variant {
        wal: Some(s.crashed_wal.clone()),
        ..Variant::new("killed mid-session, with its -wal", s.crashed.clone())
    });
    variants.push(Variant {
        wal: Some(s.crashed_wal.clone()),
        shm: Some(s.crashed_shm.clone()),
        ..Variant::new(
            "killed mid-session, with its -wal and -shm",
            s.crashed.clone(),
        )
    });
    variants.push(Variant {
        wal: Some(s.other_wal.clone()),
        ..Variant::new("a stale -wal from another workspace", s.clean.clone())
    });
    variants.push(Variant {
        wal: Some(s.crashed_wal.clone()),
        ..Variant::new(
            "the -wal of a later session beside an older copy",
            s.clean.clone(),
        )
    });
    let garbage: Vec<u8> = (0..40_000)
        .map(|_| u8::try_from(rng.next() % 256).unwrap_or(0))
        .collect();
    variants.push(Variant {
        wal: Some(garbage.clone()),
        ..Variant::new("a -wal of garbage", s.clean.clone())
    });
    let mut forged = s.crashed_wal.clone();
    for b in forged.iter_mut().skip(32 + 24 + 100).take(3000) {
        *b ^= 0x5A;
    }
    variants.push(Variant {
        wal: Some(forged),
        ..Variant::new("a -wal whose first frame is damaged", s.crashed.clone())
    });
    let mut tail_damaged = s.crashed_wal.clone();
    let tail = tail_damaged.len() - 2000;
    for b in tail_damaged.iter_mut().skip(tail) {
        *b ^= 0xFF;
    }
    variants.push(Variant {
        wal: Some(tail_damaged),
        ..Variant::new("a -wal whose last frames are damaged", s.crashed.clone())
    });
    variants.push(Variant {
        wal: Some(s.crashed_wal[..s.crashed_wal.len() / 2].to_vec()),
        ..Variant::new("a -wal cut in the middle", s.crashed.clone())
    });
    variants.push(Variant {
        wal: Some(Vec::new()),
        ..Variant::new("an empty -wal", s.clean.clone())
    });

    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut refused = 0;
    for variant in &variants {
        let outcome = try_variant(variant);
        if matches!(outcome, Outcome::Refused(_)) {
            refused += 1;
        }
        *outcomes.entry(format!("{outcome:?}")).or_default() += 1;
    }
    // Variants whose result is known, beyond "sound or refused".
    let expect = |name: &str, wanted: Outcome| {
        let variant = variants
            .iter()
            .find(|v| v.name == name)
            .unwrap_or_else(|| panic!("no variant {name}"));
        assert_eq!(try_variant(variant), wanted, "{name}");
    };
    expect("an empty file", Outcome::Refused(ErrorCode::NotSqlite));
    expect(
        "truncated to 50 bytes",
        Outcome::Refused(ErrorCode::NotSqlite),
    );
    expect("page 2 zeroed", Outcome::Refused(ErrorCode::Damaged));
    expect(
        &format!("truncated to {} bytes", len / 2),
        Outcome::Refused(ErrorCode::Damaged),
    );
    expect(
        "header byte 68 bit 0 flipped",
        Outcome::Refused(ErrorCode::NotAWorkspace),
    );
    expect("killed mid-session, -wal missing", Outcome::Opened);
    expect("a -wal of garbage", Outcome::Opened);

    // A crash with its -wal keeps every acknowledged edit.
    let dir = dir();
    let path = dir.path().join("w.rumbo");
    fs::write(&path, &s.crashed).unwrap_or_else(|e| panic!("{e}"));
    fs::write(sibling(&path, "-wal"), &s.crashed_wal).unwrap_or_else(|e| panic!("{e}"));
    let ws = ok(Workspace::open(&path));
    let names: Vec<String> = ok(ws.list::<Channel>())
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert!(s.crashed_channels.iter().all(|c| names.contains(c)));
    ok(ws.close());

    println!(
        "damaged variants: {} tried (seed {seed}), {} opened soundly, {refused} refused untouched; by outcome: {outcomes:?}",
        variants.len(),
        variants.len() - refused
    );
    assert!(variants.len() >= 100);
}

#[test]
fn a_folder_and_a_missing_file_are_refused() {
    let dir = dir();
    let folder = dir.path().join("folder.rumbo");
    fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(Workspace::open(&folder), Err(Error::NotAFile(_))));
    assert!(matches!(
        Workspace::open_read_only(&folder),
        Err(Error::NotAFile(_))
    ));
    assert!(matches!(
        Workspace::open(&dir.path().join("gone.rumbo")),
        Err(Error::FileNotFound(_))
    ));
    assert_eq!(listing(dir.path()), ["folder.rumbo"]);
}

#[test]
fn the_latest_good_backup_is_offered_for_a_damaged_file() {
    let dir = dir();
    let path = dir.path().join("plan.rumbo");
    ok(ok(Workspace::create_from(&path, &sample::workspace(Lang::En))).close());
    ok(ok(Workspace::open(&path)).close()); // the open backup
    let mut bytes = read(&path).unwrap_or_default();
    for b in bytes.iter_mut().skip(3 * 4096).take(4096) {
        *b = 0xEE;
    }
    fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let error = Workspace::open(&path)
        .err()
        .unwrap_or_else(|| panic!("it opened"));
    assert_eq!(error.code(), ErrorCode::Damaged);
    assert!(
        error
            .message(Lang::En)
            .contains("you can restore its latest backup")
    );
    assert!(
        error
            .message(Lang::Es)
            .contains("copia de seguridad más reciente")
    );
    let good = ok(backup::latest_good(&path)).unwrap_or_else(|| panic!("a backup"));
    ok(backup::restore(&path, &good.path, false));
    ok(ok(Workspace::open(&path)).close());
}
