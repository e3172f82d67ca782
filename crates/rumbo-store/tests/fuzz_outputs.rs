//! Fuzzing where an export is written (`files::write_output`): a folder of
//! workspaces, their journals, databases, documents, pipes, devices,
//! folders and chains of symbolic and hard links, and a target drawn from
//! them. Whatever the target, no workspace, database or journal changes,
//! nothing that was not a regular file becomes one, a refusal is a clear
//! error in both languages, and an accepted write put the bytes where the
//! path leads.
//!
//! Short by default; `RUMBO_FUZZ_CASES=N` runs N cases (see
//! `rumbo-core/tests/support/fuzz.rs`).

#![cfg(unix)]

#[path = "../../rumbo-core/tests/support/fuzz.rs"]
mod fuzz;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;
use rumbo_core::error::ErrorCode;
use rumbo_core::{Lang, sample};
use rumbo_store::{Workspace, files};

/// What a path in the folder is made as.
#[derive(Debug, Clone)]
enum Thing {
    Workspace,
    Journal,
    Database,
    Document,
    Pipe,
    Folder,
    /// A symbolic link to the thing at this index (or to nothing there yet).
    Link(usize),
    /// A hard link to the thing at this index (when it is a file).
    Hard(usize),
    Missing,
}

fn thing() -> impl Strategy<Value = Thing> {
    prop_oneof![
        Just(Thing::Workspace),
        Just(Thing::Journal),
        Just(Thing::Database),
        Just(Thing::Document),
        Just(Thing::Pipe),
        Just(Thing::Folder),
        (0..8_usize).prop_map(Thing::Link),
        (0..8_usize).prop_map(Thing::Hard),
        Just(Thing::Missing),
    ]
}

/// What a path is, from outside: its kind and, for a file, its bytes.
fn state(path: &Path) -> String {
    match fs::symlink_metadata(path) {
        Err(_) => "absent".into(),
        Ok(m) if m.file_type().is_symlink() => {
            format!("link to {:?}", fs::read_link(path).ok())
        }
        Ok(m) if m.file_type().is_fifo() => "pipe".into(),
        Ok(m) if m.is_dir() => "folder".into(),
        Ok(_) => format!(
            "file {:?}",
            fs::read(path).ok().map(|b| (b.len(), hash(&b)))
        ),
    }
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn no_target_replaces_a_workspace_or_a_special_file() {
    let template = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let workspace_bytes = {
        let path = template.path().join("w.rumbo");
        Workspace::create_from(&path, &sample::workspace(Lang::En))
            .and_then(Workspace::close)
            .unwrap_or_else(|e| panic!("{e}"));
        fs::read(&path).unwrap_or_default()
    };
    let strategy = (
        proptest::collection::vec(thing(), 8),
        0..8_usize,
        prop_oneof![
            Just(""),
            Just("/"),
            Just("-wal"),
            Just("-shm"),
            Just("-journal")
        ],
    );
    fuzz::run(
        "output_targets",
        file!(),
        fuzz::cases(300, 100),
        strategy,
        |(things, pick, suffix)| {
            let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let at = |i: usize| dir.path().join(format!("p{i}"));
            for (i, thing) in things.iter().enumerate() {
                let path = at(i);
                match thing {
                    Thing::Workspace => drop(fs::write(&path, &workspace_bytes)),
                    Thing::Journal => drop(fs::write(&path, [0x37, 0x7f, 0x06, 0x82, 0, 0, 0, 0])),
                    Thing::Database => {
                        let mut header = b"SQLite format 3\0".to_vec();
                        header.resize(512, 1);
                        drop(fs::write(&path, header));
                    }
                    Thing::Document => drop(fs::write(&path, format!("document {i}"))),
                    Thing::Pipe => {
                        drop(Command::new("mkfifo").arg(&path).status());
                    }
                    Thing::Folder => drop(fs::create_dir(&path)),
                    Thing::Link(to) => drop(std::os::unix::fs::symlink(at(*to), &path)),
                    Thing::Hard(to) => drop(fs::hard_link(at(*to), &path)),
                    Thing::Missing => {}
                }
            }
            // The workspace being read: the first one made, if any.
            // (Only regular files are read: reading a pipe would wait for a
            // writer.)
            let regular = |p: &Path| fs::symlink_metadata(p).is_ok_and(|m| m.is_file());
            let input = (0..things.len())
                .map(at)
                .find(|p| regular(p) && fs::read(p).is_ok_and(|b| b == workspace_bytes));
            let before: BTreeMap<PathBuf, String> =
                (0..things.len()).map(|i| (at(i), state(&at(i)))).collect();
            let protected: Vec<PathBuf> = before
                .iter()
                .filter(|(path, s)| {
                    s.starts_with("file")
                        && regular(path)
                        && fs::read(path).is_ok_and(|b| {
                            b.starts_with(b"SQLite format 3\0") || b.starts_with(&[0x37, 0x7f])
                        })
                })
                .map(|(p, _)| p.clone())
                .collect();
            let mut target = at(pick).into_os_string();
            target.push(suffix);
            let target = PathBuf::from(target);
            let inputs: Vec<&Path> = input.iter().map(PathBuf::as_path).collect();
            // A pipe nobody reads would block the writer: read it on the side.
            let reader = fs::metadata(&target)
                .ok()
                .filter(|m| m.file_type().is_fifo())
                .map(|_| {
                    let path = target.clone();
                    std::thread::spawn(move || fs::read(path).unwrap_or_default())
                });
            let result = files::write_output(&target, b"EXPORT", &inputs);
            let piped = reader.and_then(|r| r.join().ok());

            for path in &protected {
                prop_assert_eq!(
                    &state(path),
                    &before[path],
                    "{} changed (target {})",
                    path.display(),
                    target.display()
                );
            }
            for (path, was) in &before {
                let now = state(path);
                if !was.starts_with("file") && was != "absent" {
                    // Pipes, folders and links stay what they were.
                    prop_assert_eq!(&now, was, "{} became something else", path.display());
                }
            }
            match result {
                Ok(()) => {
                    if let Some(bytes) = piped {
                        prop_assert_eq!(bytes, b"EXPORT".to_vec());
                    } else {
                        prop_assert_eq!(fs::read(&target).ok(), Some(b"EXPORT".to_vec()));
                    }
                }
                Err(error) => {
                    fuzz::clear(
                        &error,
                        &[
                            ErrorCode::WouldReplace,
                            ErrorCode::NotAFile,
                            ErrorCode::SpecialFile,
                            ErrorCode::FileNotFound,
                            ErrorCode::Io,
                        ],
                    )?;
                    for lang in Lang::ALL {
                        prop_assert!(!error.message(lang).contains(".partial"));
                    }
                }
            }
            Ok(())
        },
    );
}
