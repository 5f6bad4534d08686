//! Portolan's browser app: a thin Leptos shell over `portolan_engine`. Components render what
//! the engine computed; they never scan records themselves.

mod app;
mod components;
pub mod fatal;
pub mod i18n;
pub mod url_state;

pub use app::{App, Explorer};

/// Installs the panic message and mounts the app on `<body>`.
pub fn start() {
    fatal::install_panic_hook();
    fatal::clear_boot_message();
    leptos::mount::mount_to_body(App);
}
