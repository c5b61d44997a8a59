-- Project B3_fib: compiled from blocks by Tsumiki, for reading. Each line is one block.
local R, STAGE_LISTS = ...
local compare, list_add, list_clear, list_delete, list_item, list_length, num, step = R.compare, R.list_add, R.list_clear, R.list_delete, R.list_item, R.list_length, R.num, R.step

-- Variables and lists for all sprites
local var_r = 0 -- r
local list_stack = STAGE_LISTS[1] -- stack

local targets = {}

-- The stage
targets[1] = function(vars, lists)
  local scripts, conditions = {}, {}
  return {scripts = scripts, conditions = conditions, vars = function() return {var_r} end}
end

-- Sprite Sprite1
targets[2] = function(vars, lists)
  local block_fib
  local scripts, conditions = {}, {}
  -- define fib %s (run without screen refresh)
  block_fib = function(arg_1_n)
    if (compare(arg_1_n, 2) < 0) then
      var_r = arg_1_n
    else
      step()
      block_fib((num(arg_1_n) - 1))
      list_add(list_stack, var_r)
      step()
      block_fib((num(arg_1_n) - 2))
      var_r = (num(var_r) + num(list_item(list_stack, list_length(list_stack))))
      list_delete(list_stack, list_length(list_stack))
    end
  end
  scripts[1] = function() block_fib(0) end -- when the definition is clicked
  -- when green flag clicked
  scripts[2] = function()
    list_clear(list_stack)
    block_fib(23)
  end
  return {scripts = scripts, conditions = conditions, vars = function() return {} end}
end

return {
  globals = function() return {var_r} end,
  targets = targets,
}
