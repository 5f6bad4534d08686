pub mod filters;
pub mod header;
pub mod notice;
pub mod results;
