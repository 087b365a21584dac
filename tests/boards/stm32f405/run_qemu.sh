#!/bin/bash
# Boots a firmware image for the STM32F405 in QEMU's netduinoplus2 machine, with the board's
# console (USART1) on this process's standard input and output as raw bytes.
#
#   tests/boards/stm32f405/run_qemu.sh bazel-bin/platforms/stm32f405.elf
#   ./tools/bazel run //tests/boards/stm32f405:run_qemu -- "$PWD/bazel-bin/platforms/stm32f405.elf"
#
# Every byte goes to the board as it is: there is no monitor and no escape character, so Ctrl-A
# (the raw REPL), Ctrl-C, Ctrl-D and Ctrl-E reach the REPL. On a terminal, put it into raw mode
# first (`stty raw -echo; run_qemu.sh ...; stty sane`), or the terminal eats them; to leave,
# close the input (Ctrl-D in cooked mode, or kill the process).
#
# It ends when its input ends: the board's output is passed on until the board has been quiet
# for QEMU_LINGER_SECONDS (default 0.5; at most 10 times that), then QEMU is stopped. It also
# ends, and takes QEMU with it, when it is killed (TERM, INT, HUP, or KILL through the parent
# death signal). QEMU's own exit status is returned when QEMU ends first.
#
# machine.reset() resets the emulated chip (no -no-reboot): the image is loaded again and boots
# to a new banner on the same input and output, as a board on a serial cable does.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 IMAGE.elf" >&2
  exit 2
fi
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
exec python3 "$here/console_bridge.py" -- \
  qemu-system-arm -M netduinoplus2 -display none -monitor none -serial stdio \
  -kernel "$1"
