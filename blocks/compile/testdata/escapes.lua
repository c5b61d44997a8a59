-- Project Escapes and scopes: compiled from blocks by Tsumiki, for reading. Each line is one block.
local R, STAGE_LISTS = ...
local broadcast, equals, join, list_add, loop_end, move, num, pick_random = R.broadcast, R.equals, R.join, R.list_add, R.loop_end, R.move, R.num, R.pick_random
local repeat_count, say, sensor_value, step, switch_costume, turn, wait_poll, warp_enter = R.repeat_count, R.say, R.sensor_value, R.step, R.switch_costume, R.turn, R.wait_poll, R.warp_enter
local warp_exit = R.warp_exit

-- Variables and lists for all sprites
local var_return = 0 -- return

local targets = {}

-- The stage
targets[1] = function(vars, lists)
  local scripts, conditions = {}, {}
  return {scripts = scripts, conditions = conditions, vars = function() return {var_return} end}
end

-- Sprite end
targets[2] = function(vars, lists)
  local my_local = vars[1] -- local
  local my_1 = num(vars[2]) -- 速さ
  local my_list_items = lists[1] -- --\091\091items
  local block_hop, block_walk_steps_then
  local scripts, conditions = {}, {}
  -- line one\013print('pwned')
  -- define walk %n steps then %b (run without screen refresh)
  block_walk_steps_then = function(arg_1_n, arg_2_ok)
    local steps = 0 -- loop iterations not yet counted against the step budget
    warp_enter()
    for _ = 1, repeat_count(num(arg_1_n)) do
      move(my_1)
      block_hop()
      steps = steps + 1 if steps >= 64 then steps = step(steps) end
    end
    if arg_2_ok then
      do
        if steps > 0 then step(steps) end
        warp_exit()
        return
      end
    end
    if steps > 0 then step(steps) end
    warp_exit()
  end
  scripts[1] = function() block_walk_steps_then(0, false) end -- when the definition is clicked
  -- define hop
  block_hop = function()
    turn(0 - (-15))
    while true do
      my_local = num(my_local) + 0.5
      while not (my_1 > 5) do wait_poll() end
      loop_end()
    end
  end
  scripts[2] = function() block_hop() end -- when the definition is clicked
  -- when green flag clicked
  scripts[3] = function()
    say("say", "\093\093 end os.exit() --\091\091")
    block_walk_steps_then(pick_random("1.0", 10), equals(my_local, "1.50"))
    list_add(my_list_items, join("\000nul", "line\010break"))
    broadcast("go", false)
  end
  -- when timer > 2.5
  conditions[4] = function() return (sensor_value("TIMER") > 2.5) end
  scripts[4] = function()
    switch_costume("c\093\0931")
  end
  -- when I receive GO
  scripts[5] = function()
    say("think", (num(my_local) / 0))
  end
  return {scripts = scripts, conditions = conditions, vars = function() return {my_local, my_1} end}
end

return {
  globals = function() return {var_return} end,
  targets = targets,
}
