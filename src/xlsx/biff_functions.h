// Excel's built-in functions as BIFF8 formulas name them: by their index in the function table.
#pragma once

#include <cstdint>

namespace evalbook::xlsx::biff {

struct BuiltinFunction {
  std::uint16_t index;
  const char* name;
  std::uint8_t min_args;
  std::uint8_t max_args;  // equal to min_args for a function a ptgFunc token may call
};

// The function with this table index, or nullptr when the index names none.
const BuiltinFunction* builtin_function(std::uint16_t index);

}  // namespace evalbook::xlsx::biff
