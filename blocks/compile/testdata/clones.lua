-- Project B4_sprites: compiled from blocks by Tsumiki, for reading. Each line is one block.
local R, STAGE_LISTS = ...
local bounce, create_clone, loop_end, move, repeat_count = R.bounce, R.create_clone, R.loop_end, R.move, R.repeat_count

-- Variables and lists for all sprites
local var_ticks = 0 -- ticks

local targets = {}

-- The stage
targets[1] = function(vars, lists)
  local scripts, conditions = {}, {}
  return {scripts = scripts, conditions = conditions, vars = function() return {var_ticks} end}
end

-- Sprite Sprite1
targets[2] = function(vars, lists)
  local scripts, conditions = {}, {}
  -- when green flag clicked
  scripts[1] = function()
    var_ticks = 0
    for _ = 1, repeat_count(100) do
      create_clone("_myself_")
      loop_end()
    end
  end
  -- when I start as a clone
  scripts[2] = function()
    for _ = 1, repeat_count(300) do
      move(1)
      bounce()
      var_ticks = var_ticks + 1
      loop_end()
    end
  end
  return {scripts = scripts, conditions = conditions, vars = function() return {} end}
end

return {
  globals = function() return {var_ticks} end,
  targets = targets,
}
