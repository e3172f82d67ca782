//! A workspace: one open `.rumbo` file and everything one can do with it.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SubsecRound, Utc};
use rumbo_core::error::Entity;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Channel, ChannelInput, Profile, duplicate_name};
use rumbo_core::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::Db;
use crate::open;
use crate::table::{channel, meta, profile};

/// The extension of workspace files.
pub const EXTENSION: &str = "rumbo";

/// An open workspace file.
#[derive(Debug)]
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
}

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// A readable default name for a new workspace: its file name without the extension.
fn name_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Rumbo".into())
}

impl Workspace {
    /// Opens an existing workspace file. Anything that is not a workspace
    /// this Rumbo can read is refused and left untouched.
    pub fn open(path: &Path) -> Result<Workspace> {
        let conn = open::open_existing(path)?;
        Ok(Workspace {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Creates a new, empty workspace; refuses to replace an existing file.
    pub fn create(path: &Path) -> Result<Workspace> {
        let conn = open::create_new(path)?;
        let mut workspace = Workspace {
            conn,
            path: path.to_path_buf(),
        };
        let profile = Profile {
            name: name_from_path(path),
            ..Profile::default()
        };
        let result = workspace.write(|tx| {
            meta::set(
                tx,
                "created_by",
                concat!("Rumbo ", env!("CARGO_PKG_VERSION")),
            )
            .db()?;
            profile::put(tx, &profile, &now()).db()
        });
        match result {
            Ok(()) => Ok(workspace),
            Err(error) => {
                drop(workspace);
                remove_file_and_journals(path);
                Err(error)
            }
        }
    }

    /// Creates a workspace holding `doc` (an import, or the sample). The file
    /// appears complete or not at all: it is written beside the target under
    /// a temporary name and renamed when done.
    pub fn create_from(path: &Path, doc: &WorkspaceDoc) -> Result<Workspace> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(Error::FileExists(path.to_path_buf()));
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = path.with_file_name(format!(".{file_name}.{}.partial", std::process::id()));
        remove_file_and_journals(&temporary);
        let filled = Workspace::create(&temporary).and_then(|mut workspace| {
            workspace.replace_all(doc)?;
            workspace.close()
        });
        let renamed = filled.and_then(|()| {
            if fs::symlink_metadata(path).is_ok() {
                return Err(Error::FileExists(path.to_path_buf()));
            }
            fs::rename(&temporary, path).map_err(|e| Error::io(path, &e))
        });
        if let Err(error) = renamed {
            remove_file_and_journals(&temporary);
            return Err(error);
        }
        Workspace::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the file so that it alone holds everything (no `-wal` or `-shm`
    /// left beside it).
    pub fn close(self) -> Result<()> {
        self.conn
            .pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .db()?;
        self.conn
            .close()
            .map_err(|(_, e)| crate::error::database_error(&e))
    }

    /// Runs `f` in one write transaction, taken at once (`BEGIN IMMEDIATE`)
    /// so that it never fails half-way on a lock. All or nothing.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .db()?;
        let value = f(&tx)?;
        tx.commit().db()?;
        Ok(value)
    }

    // -- profile ---------------------------------------------------------

    pub fn profile(&self) -> Result<Profile> {
        Ok(profile::get(&self.conn).db()?.unwrap_or_default())
    }

    /// Validates and saves the profile; returns it as stored.
    pub fn save_profile(&mut self, input: Profile) -> Result<Profile> {
        let profile = input.validated()?;
        self.write(|tx| profile::put(tx, &profile, &now()).db())?;
        Ok(profile)
    }

    // -- channels --------------------------------------------------------

    pub fn channels(&self) -> Result<Vec<Channel>> {
        channel::list(&self.conn).db()
    }

    pub fn channel(&self, id: i64) -> Result<Channel> {
        channel::get(&self.conn, id).db()?.ok_or(Error::NotFound {
            entity: Entity::Channel,
            id,
        })
    }

    pub fn create_channel(&mut self, input: ChannelInput) -> Result<Channel> {
        let input = input.validated()?;
        let id = self.write(|tx| {
            if channel::id_by_name(tx, &input.name, None).db()?.is_some() {
                return Err(duplicate_name(Entity::Channel));
            }
            let at = now();
            channel::insert(tx, None, &input, &at, &at).db()
        })?;
        self.channel(id)
    }

    pub fn update_channel(&mut self, id: i64, input: ChannelInput) -> Result<Channel> {
        let input = input.validated()?;
        self.write(|tx| {
            if channel::id_by_name(tx, &input.name, Some(id))
                .db()?
                .is_some()
            {
                return Err(duplicate_name(Entity::Channel));
            }
            if channel::update(tx, id, &input, &now()).db()? {
                Ok(())
            } else {
                Err(Error::NotFound {
                    entity: Entity::Channel,
                    id,
                })
            }
        })?;
        self.channel(id)
    }

    pub fn delete_channel(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if channel::delete(tx, id).db()? {
                Ok(())
            } else {
                Err(Error::NotFound {
                    entity: Entity::Channel,
                    id,
                })
            }
        })
    }

    // -- the whole workspace ---------------------------------------------

    /// The whole workspace as an interchange document.
    pub fn export(&self) -> Result<WorkspaceDoc> {
        Ok(WorkspaceDoc::new(
            self.profile()?,
            channel::list_by_id(&self.conn).db()?,
        ))
    }

    /// Replaces everything with `doc`, in one transaction, keeping its ids
    /// and timestamps so that a JSON round trip is lossless.
    fn replace_all(&mut self, doc: &WorkspaceDoc) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM channel", []).db()?;
            profile::put(tx, &doc.profile, &now()).db()?;
            for c in &doc.channels {
                channel::insert(tx, Some(c.id), &c.input(), &c.created_at, &c.updated_at).db()?;
            }
            Ok(())
        })
    }
}

/// Removes a file and the journals SQLite may have left beside it.
fn remove_file_and_journals(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}
