-- Headless Neovim as a third-party LSP client of statlens-language-server (no plugins, Neovim ≥ 0.7).
-- Env: STATLENS_BIN (server entry), STATLENS_FILE (document to open). Prints DIAG/HOVER/FIX lines, then DONE.
local bin = os.getenv('STATLENS_BIN')
local file = os.getenv('STATLENS_FILE')
local client_id = vim.lsp.start_client({
  name = 'statlens',
  cmd = { 'node', bin, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { locale = 'zh-cn' },
})
vim.cmd('edit ' .. file)
vim.bo.filetype = 'text' -- what Neovim calls plain text; the server must accept it without configuration
vim.lsp.buf_attach_client(0, client_id)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  print(string.format('DIAG %d:%d:%d %s %s', d.lnum, d.col, d.end_col, d.code or '', d.message))
end
local uri = vim.uri_from_fname(file)
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 0, character = 3 } }, 5000)
for _, r in pairs(hover or {}) do
  if r.result then print('HOVER ' .. (r.result.contents.value or ''):gsub('\n', ' | ')) end
end
local diags = {}
local actions = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', {
  textDocument = { uri = uri },
  range = { start = { line = 0, character = 22 }, ['end'] = { line = 0, character = 28 } },
  context = { diagnostics = diags },
}, 5000)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do
    if a.isPreferred and a.edit then
      vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
      print('FIX ' .. a.title .. ' => ' .. vim.api.nvim_buf_get_lines(0, 0, 1, false)[1])
    end
  end
end
print('DONE')
vim.cmd('qa!')
