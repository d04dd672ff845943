-- A second LSP client nobody on the team wrote: headless Neovim drives the PolicyLens server over
-- stdio the way the README tells Neovim users to, and writes what it got back as JSON.
-- Debian bookworm ships Neovim 0.7.2, which has no vim.lsp.start: vim.lsp.start_client it is.
--
--   POLICYLENS_CMD='["node","bin/policylens.js","lsp","--stdio"]' CHECK_HOVER='8%以上' CHECK_OUT=out.json \
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/neovim/lspCheck.lua' REPORT.txt
--
-- Writes {nvim, capabilities, diagnostics, hover, symbols}; exits 1 if the server never
-- initialised, published nothing for the file, or a request failed. What the results must contain
-- is asserted by neovim.mjs, in JavaScript.
local env = vim.env
local timeout = 20000
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local version = vim.version()
local out = { nvim = ('%d.%d.%d'):format(version.major, version.minor, version.patch) }
local problems = {}
local client_id

local function finish()
  local file = assert(io.open(env.CHECK_OUT, 'w'))
  file:write(vim.fn.json_encode(out), '\n')
  file:close()
  if #problems > 0 then io.stderr:write('neovim: ' .. table.concat(problems, '; ') .. '\n') end
  if client_id then vim.lsp.stop_client(client_id) end
  vim.cmd(#problems == 0 and 'qall!' or 'cquit')
end

vim.bo[bufnr].filetype = 'policy-report'
local diagnostics
client_id = vim.lsp.start_client({
  name = 'policylens',
  cmd = vim.fn.json_decode(env.POLICYLENS_CMD),
  root_dir = vim.fn.getcwd(),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri and #result.diagnostics > 0 then diagnostics = result.diagnostics end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not client_id then
  table.insert(problems, 'could not start the server')
  return finish()
end
vim.lsp.buf_attach_client(bufnr, client_id)

local client
if not vim.wait(timeout, function()
  client = vim.lsp.get_client_by_id(client_id)
  return client ~= nil and client.initialized == true
end, 20) then
  table.insert(problems, 'the server did not initialise')
  return finish()
end
out.capabilities = client.server_capabilities or client.resolved_capabilities

if not vim.wait(timeout, function() return diagnostics ~= nil end, 20) then
  table.insert(problems, 'no diagnostics published for ' .. uri)
end
out.diagnostics = diagnostics or {}

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  local response = responses and responses[client_id]
  if not response then table.insert(problems, method .. ': no answer')
  elseif response.err then table.insert(problems, method .. ': ' .. vim.inspect(response.err)) end
  return response and response.result
end

for row, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local at = line:find(env.CHECK_HOVER, 1, true)
  if at then
    local _, utf16 = vim.str_utfindex(line, at - 1) -- LSP columns count UTF-16 code units
    out.hover = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = row - 1, character = utf16 } })
    break
  end
end
out.symbols = request('textDocument/documentSymbol', { textDocument = { uri = uri } }) or {}
finish()
