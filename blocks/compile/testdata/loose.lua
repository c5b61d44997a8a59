-- Project loose: compiled from blocks by Tsumiki, for reading. Each line is one block.
local R, STAGE_LISTS = ...
local changexy, move, num, show_monitor, turn = R.changexy, R.move, R.num, R.show_monitor, R.turn

-- Variables and lists for all sprites
local var_score = 0 -- score
local list_score = STAGE_LISTS[1] -- score

local targets = {}

-- The stage
targets[1] = function(vars, lists)
  local scripts, conditions = {}, {}
  -- blocks without a hat: they run when clicked
  scripts[1] = function()
    show_monitor("score", true, true)
    show_monitor("score", false)
  end
  return {scripts = scripts, conditions = conditions, vars = function() return {var_score} end}
end

-- Sprite Cat
targets[2] = function(vars, lists)
  local block_jump_if
  local scripts, conditions = {}, {}
  -- blocks without a hat: they run when clicked
  scripts[1] = function()
    move(10)
    turn(15)
  end
  -- define jump %n if %b
  block_jump_if = function(arg_1_h, arg_2_ok)
    changexy(0, num(arg_1_h))
  end
  scripts[2] = function() block_jump_if(0, false) end -- when the definition is clicked
  -- when green flag clicked
  scripts[3] = function()
    block_jump_if(5, false)
  end
  return {scripts = scripts, conditions = conditions, vars = function() return {} end}
end

return {
  globals = function() return {var_score} end,
  targets = targets,
}
