#!/bin/bash
# Checks the core linked for Cortex-M0+ (//platforms:core_cortex_m0plus), or a board's firmware
# image (//platforms:stm32f405_image_test): it must use none of the C library's allocation or
# stdio, no C++ exceptions or RTTI machinery, no static constructors, and it must stay within
# its flash budget (docs/boards/README.md). With a third argument "no-double" (a
# single-precision build), it must not link software double arithmetic either: one double
# literal or libm call without its float overload would bring it back.
set -euo pipefail

elf=$1
budget_bytes=$2
no_double=${3:-}
nm=/usr/bin/arm-none-eabi-nm
size=/usr/bin/arm-none-eabi-size

symbols=$("$nm" "$elf" | awk '{print $NF}')
forbidden='^(malloc|free|calloc|realloc|_malloc_r|_free_r|_calloc_r|_realloc_r|_sbrk|_sbrk_r'
forbidden+='|_Znwj|_Znaj|_ZdlPv|_ZdaPv|_ZdlPvj|_ZdaPvj'
forbidden+='|__cxa_throw|__cxa_allocate_exception|__cxa_begin_catch|__gxx_personality_v0'
forbidden+='|_Unwind_Resume|__cxa_guard_acquire|_ZSt9terminatev|abort'
forbidden+='|printf|vfprintf|_vfprintf_r|_printf_i|sprintf|snprintf|puts|fputs|fwrite)$'
found=$(grep -E "$forbidden" <<<"$symbols" || true)
status=0
if [[ -n $found ]]; then
  echo "FAIL: the core pulls in symbols it must not use:"
  echo "$found"
  status=1
fi

if [[ $no_double == no-double ]]; then
  # libgcc's double helpers (__aeabi_dadd, __aeabi_f2d, __adddf3, ...) and libm's double entry points.
  doubles=$(grep -E '^(__aeabi_d[a-z0-9]*|__aeabi_[a-z0-9]*2d|__[a-z]+df[23]|__fix[a-z]*df[a-z]*|__float[a-z]*df)$|^(pow|fmod|floor|ceil|trunc|exp|log|sin|cos|atan2|hypot|ldexp|frexp|sqrt)$' \
    <<<"$symbols" || true)
  if [[ -n $doubles ]]; then
    echo "FAIL: the single-precision core links double arithmetic:"
    echo "$doubles"
    status=1
  fi
fi

# Static constructors run before main and keep state in RAM; the core's globals are constinit.
constructors=$(grep -E '^_GLOBAL__sub_I_' <<<"$symbols" || true)
if [[ -n $constructors ]]; then
  echo "FAIL: static constructors in the core:"
  echo "$constructors"
  status=1
fi

read -r text data bss _ < <("$size" "$elf" | tail -n 1)
flash=$((text + data))
echo "$(basename "$elf"): flash $flash bytes (text $text, data $data), static RAM" \
  "$((data + bss)) bytes (with the core probe's 16 KiB heap or a board's stack);" \
  "flash budget $budget_bytes bytes"
if ((flash > budget_bytes)); then
  echo "FAIL: the core is larger than its flash budget"
  status=1
fi
exit $status
