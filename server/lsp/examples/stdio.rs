//! The language server on standard input and output, for tests that need a
//! real process (and for trying the server before the `review-ls` binary
//! wires it): `cargo run -p review-lsp --example stdio`.

fn main() -> anyhow::Result<std::process::ExitCode> {
    let ending = review_lsp::run_stdio()?;
    Ok(std::process::ExitCode::from(ending.exit_code()))
}
