//! The configuration loader on arbitrary text: a configuration or an error
//! that names where, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use review_analysis::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(error) = Config::from_toml(text, "review-ls.toml") {
        assert!(!error.message.is_empty());
        assert!(error.to_string().starts_with("review-ls.toml"));
    }
});
