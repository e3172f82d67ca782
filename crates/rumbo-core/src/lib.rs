//! Rumbo's core: the domain model of a community-management strategy, its
//! validation, the error codes and bilingual messages, the JSON interchange
//! format, the one formatter of numbers and dates, the internal-communication calendar, KPI imports from CSV and the
//! sample workspace.
//!
//! This crate does no I/O and knows nothing of SQLite or Tauri (see
//! ARCHITECTURE.md).

pub mod bindings;
pub mod calendar;
pub mod defaults;
pub mod error;
pub mod format;
pub mod interchange;
pub mod ipc;
pub mod json_error;
mod json_schema;
pub mod kpi_csv;
pub mod lang;
pub mod large;
pub mod limits;
pub mod menu;
pub mod model;
pub mod records;
pub mod regional;
pub mod sample;
pub mod starters;
pub mod text;

pub use error::{ApiError, Error, Result};
pub use lang::Lang;
