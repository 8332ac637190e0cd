--- review-ls plugin entry: two user commands and a completion fix-up.
---
--- Loading this file does not start the server and does not call
--- `vim.lsp.enable`: the user decides that (see `:help review-ls-setup`).
--- It only defines
---   :ReviewLsInfo     which review-ls clients run, their root, encoding and buffers;
---   :ReviewLsRestart  stop the review-ls clients and start them again, with the
---                     current configuration, for the markdown buffers;
--- and a CompleteDone handler that finishes inserting an accepted review-ls
--- title on Neovim 0.11 (see `complete_title` below).

if vim.g.loaded_review_ls then
  return
end
vim.g.loaded_review_ls = true

-- `vim.lsp.config` / `vim.lsp.enable` arrived in 0.11; on older versions the
-- commands would only fail, so define none (`:checkhealth review_ls` says why).
if vim.fn.has('nvim-0.11') == 0 then
  return
end

local NAME = 'review_ls'

--- `vim.lsp.is_enabled` is missing from the first 0.11 releases; the table
--- it reads is there in all of them.
local function is_enabled()
  if vim.lsp.is_enabled then
    return vim.lsp.is_enabled(NAME)
  end
  return (vim.lsp._enabled_configs or {})[NAME] ~= nil
end

--- How long :ReviewLsRestart waits for the old server to exit, in ms. The
--- server answers `shutdown` at once; this only bounds a hung process.
local STOP_TIMEOUT_MS = 3000

local function info()
  local clients = vim.lsp.get_clients({ name = NAME })
  local lines = {}
  if #clients == 0 then
    local hint = is_enabled() and 'open a markdown file to start it'
      or "call vim.lsp.enable('review_ls') to start it on markdown files"
    lines[1] = 'review-ls: no client running (' .. hint .. ')'
  end
  for _, client in ipairs(clients) do
    local server = client.server_info or {}
    local buffers = vim.tbl_keys(client.attached_buffers)
    table.sort(buffers)
    lines[#lines + 1] = string.format(
      'review-ls: client %d, %s %s, root %s, position encoding %s, buffers %s',
      client.id,
      server.name or '?',
      server.version or '?',
      client.root_dir or '(none: single file)',
      client.offset_encoding,
      table.concat(buffers, ', ')
    )
  end
  vim.notify(table.concat(lines, '\n'), vim.log.levels.INFO)
end

local function restart()
  for _, client in ipairs(vim.lsp.get_clients({ name = NAME })) do
    client:stop()
  end
  local stopped = vim.wait(STOP_TIMEOUT_MS, function()
    return #vim.lsp.get_clients({ name = NAME }) == 0
  end, 20)
  if not stopped then
    for _, client in ipairs(vim.lsp.get_clients({ name = NAME })) do
      client:stop(true)
    end
  end
  if not is_enabled() then
    vim.notify(
      "review-ls: stopped; call vim.lsp.enable('review_ls') to start it again",
      vim.log.levels.WARN
    )
    return
  end
  -- Enabling again runs enable's FileType handler on every open buffer,
  -- which starts a client, with the current configuration, where one applies.
  vim.lsp.enable(NAME)
end

--- Neovim 0.11 inserts only the first word of a completion item's text edit
--- (its complete-item `word` is `newText:match('^%S*')`), so accepting the
--- title `Decision Transformer: Reinforcement …` leaves `Decision`. Neovim
--- 0.12 uses the whole line (neovim/neovim#37949). Until then, after a
--- review-ls item is accepted (CTRL-Y) with its first word inserted, this
--- inserts the rest of the edit's text. It does nothing when the whole text
--- is already there, so it is harmless on versions with the fix.
local function complete_title(event)
  if vim.v.event.reason ~= 'accept' then
    return
  end
  local completed = vim.v.completed_item
  local data = type(completed) == 'table' and vim.tbl_get(completed, 'user_data', 'nvim', 'lsp')
  if type(data) ~= 'table' or type(data.completion_item) ~= 'table' then
    return
  end
  local client = vim.lsp.get_client_by_id(data.client_id)
  local item = data.completion_item
  -- Snippets (insertTextFormat 2) are expanded by Neovim itself.
  if not client or client.name ~= NAME or not item.textEdit or item.insertTextFormat == 2 then
    return
  end
  local full = item.textEdit.newText:match('^[^\n]*')
  local word = completed.word or ''
  if #word >= #full or full:sub(1, #word) ~= word then
    return
  end
  local row, column = unpack(vim.api.nvim_win_get_cursor(0))
  local line = vim.api.nvim_buf_get_lines(event.buf, row - 1, row, true)[1]
  if line:sub(column - #word + 1, column) ~= word then
    return
  end
  local rest = full:sub(#word + 1)
  vim.api.nvim_buf_set_text(event.buf, row - 1, column, row - 1, column, { rest })
  vim.api.nvim_win_set_cursor(0, { row, column + #rest })
end

vim.api.nvim_create_autocmd('CompleteDone', {
  group = vim.api.nvim_create_augroup('review_ls.complete_title', {}),
  desc = 'review-ls: insert the whole accepted title (Neovim 0.11 inserts its first word)',
  callback = complete_title,
})

vim.api.nvim_create_user_command('ReviewLsInfo', info, {
  desc = 'review-ls: show the running clients',
})
vim.api.nvim_create_user_command('ReviewLsRestart', restart, {
  desc = 'review-ls: restart the language server',
})
