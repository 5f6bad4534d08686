//! Portolan's engine: the data model, loading and validation, filtering, the columnar store and
//! its queries, the link codec and text for people.
//!
//! It depends on no UI library and no browser API, so all of it is tested natively; the Leptos
//! app only renders what this crate computes.

pub mod bitset;
pub mod cite;
pub mod codes;
pub mod dataset;
pub mod date;
pub mod display;
pub mod export;
pub mod filter;
pub mod geo;
pub mod journey;
pub mod link;
pub mod load;
pub mod model;
pub mod naive;
pub mod query;
pub mod reason;
pub mod store;
pub mod synthetic;
pub mod text;
pub mod user_file;
pub mod view;
