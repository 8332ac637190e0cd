-- luacheck configuration for the Neovim plugin (run: `luacheck editors/nvim`
-- from the repository root, or `luacheck .` here). Neovim runs LuaJIT, and
-- `vim` is its one global.
std = 'luajit'
-- `vim` is written to as well (vim.g, vim.bo), so it is a global, not read-only.
globals = { 'vim' }
max_line_length = 100
