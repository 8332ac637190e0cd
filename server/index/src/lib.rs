//! What the group already knows about papers: every title its reviews name
//! and every title of its bibliographies, with who reviewed what, searchable
//! by prefix, by any word, and with typos.
//!
//! This crate reads catalog files (BibTeX, CSL-JSON, plain lists) and keeps
//! the index; it knows nothing of the Language Server Protocol.

pub mod actions;
pub mod catalog;
mod distinct;
pub mod ide;
mod store;
pub mod structure;
#[cfg(feature = "synthetic")]
pub mod synthetic;
mod tokenizer;
pub mod typos;
mod view;

pub use store::{
    CatalogRecord, FileDocs, FileStamp, IndexError, Location, MatchQuality, OpenState, Paper,
    ReviewRecord, SCHEMA_VERSION, TitleIndex, TitleMatch, TitleSearch, TitleWriter,
    default_cache_root, preview, text_hash, workspace_cache_dir,
};
pub use typos::{NearMisses, TitleTable};
pub use view::{PendingFile, View};
