--- `:checkhealth review_ls`: is Neovim new enough, is the server binary there
--- and which version it is, is the configuration enabled, which clients run.

local M = {}

local NAME = 'review_ls'

--- How long `review-ls --version` may take, in ms: it prints one line and
--- exits, so this only bounds a broken binary.
local VERSION_TIMEOUT_MS = 5000

--- The resolved configuration (the plugin's `lsp/review_ls.lua` merged with
--- the user's `vim.lsp.config` calls), or nil with the reason.
local function resolved_config()
  local ok, config = pcall(function()
    return vim.lsp.config[NAME]
  end)
  if not ok then
    return nil, tostring(config)
  end
  if config == nil then
    return nil, 'no configuration named review_ls: is editors/nvim on the runtimepath?'
  end
  return config
end

--- Reports the binary in `cmd` and its version.
local function check_binary(cmd)
  if type(cmd) == 'function' then
    vim.health.info('cmd is a function (a custom transport): not checking a binary')
    return
  end
  if type(cmd) ~= 'table' or type(cmd[1]) ~= 'string' then
    vim.health.error('cmd is not a list of strings: ' .. vim.inspect(cmd))
    return
  end
  local path = vim.fn.exepath(cmd[1])
  if path == '' then
    vim.health.error(
      string.format('server binary `%s` not found or not executable', cmd[1]),
      {
        'install it: `cargo install --path server/review-ls` in the review-ls repository',
        "or point to it: vim.lsp.config('review_ls', { cmd = { '/path/to/review-ls' } })",
      }
    )
    return
  end
  vim.health.ok(string.format('server binary: %s', path))
  local ok, result = pcall(function()
    return vim.system({ path, '--version' }, { text = true }):wait(VERSION_TIMEOUT_MS)
  end)
  if not ok then
    vim.health.error('`' .. path .. ' --version` could not run: ' .. tostring(result))
  elseif result.code ~= 0 then
    vim.health.error(
      string.format('`%s --version` exited with %d: %s', path, result.code, result.stderr or '')
    )
  else
    vim.health.ok('version: ' .. vim.trim(result.stdout or ''))
  end
end

local function check_clients()
  local clients = vim.lsp.get_clients({ name = NAME })
  if #clients == 0 then
    vim.health.info('no review_ls client running (it starts when a markdown file is opened)')
    return
  end
  for _, client in ipairs(clients) do
    local buffers = {}
    for buffer in pairs(client.attached_buffers) do
      buffers[#buffers + 1] = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buffer), ':~:.')
    end
    table.sort(buffers)
    local server = client.server_info or {}
    local report = #buffers > 0 and vim.health.ok or vim.health.warn
    report(
      string.format(
        'client %d (%s %s) attached to %d buffer(s): %s; root %s; position encoding %s',
        client.id,
        server.name or '?',
        server.version or '?',
        #buffers,
        table.concat(buffers, ', '),
        client.root_dir or '(none: single file)',
        client.offset_encoding
      )
    )
  end
end

function M.check()
  vim.health.start('review-ls')
  if vim.fn.has('nvim-0.11') == 0 then
    vim.health.error('Neovim 0.11 or newer is needed (vim.lsp.config / vim.lsp.enable)')
    return
  end
  vim.health.ok('Neovim ' .. tostring(vim.version()))

  local config, reason = resolved_config()
  if not config then
    vim.health.error(reason)
    return
  end
  check_binary(config.cmd)

  -- `vim.lsp.is_enabled` is missing from the first 0.11 releases.
  local enabled = vim.lsp.is_enabled and vim.lsp.is_enabled(NAME)
    or (vim.lsp._enabled_configs or {})[NAME] ~= nil
  if enabled then
    vim.health.ok("enabled: vim.lsp.enable('review_ls') was called")
  else
    vim.health.warn('not enabled: the server will not start on markdown files', {
      "add vim.lsp.enable('review_ls') to your configuration",
    })
  end
  check_clients()
end

return M
