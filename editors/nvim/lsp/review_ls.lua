--- review-ls: the language server for markdown paper-review notes.
---
--- This file is the configuration that `vim.lsp.enable('review_ls')` finds on
--- the 'runtimepath' (Neovim 0.11+, see `:help lsp-config`). It starts
--- nothing by itself. Override any field with
--- `vim.lsp.config('review_ls', { ... })` before or after enabling it, for
--- example `cmd` when the binary is not on PATH. See `:help review-ls`.

---@type vim.lsp.Config
return {
  -- With no arguments review-ls serves LSP on stdin/stdout.
  cmd = { 'review-ls' },
  -- glibc gives every thread that allocates its own arena, and freed memory
  -- stays resident in them: two arenas keep the server's memory about a
  -- third lower on a large workspace (BENCHMARKS.md, "Title index").
  cmd_env = { MALLOC_ARENA_MAX = vim.env.MALLOC_ARENA_MAX or '2' },
  filetypes = { 'markdown' },
  -- Markers in priority order: a folder with a `review-ls.toml` wins over the
  -- enclosing git repository, so notes kept in a subfolder get their own
  -- configuration and their own index. Without either marker the server
  -- still starts, for the single file.
  root_markers = { 'review-ls.toml', '.git' },
}
