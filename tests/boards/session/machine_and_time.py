# The machine and time modules on a board (CPython has neither, hence the .exp file). What the
# emulators model differs (QEMU reads every STM32 GPIO register as 0), so pins are checked for
# what the firmware does, not for what the pad reads back.
import sys
import machine
import time

led = machine.Pin(2, machine.Pin.OUT)
led.on()
led.off()
led.toggle()
led.value(1)
led(0)
button = machine.Pin(3, machine.Pin.IN, machine.Pin.PULL_UP)
print(button.value() in (0, 1), machine.Pin.OUT != machine.Pin.IN)
try:
    machine.Pin(1000)
except ValueError:
    print("ValueError for a pin the board does not have")

# The console's own port: what is written appears on the REPL's line.
console = machine.UART(0 if sys.platform == "rp2" else 1, 115200)
print(console.write(b"written to the UART\r\n"))
try:
    machine.UART(99)
except ValueError:
    print("ValueError for a port the chip does not have")

# SysTick runs with its interrupt from the processor clock on both boards.
print(machine.mem32[0xE000E010] & 7)
state = machine.disable_irq()
machine.enable_irq(state)
print(machine.idle(), machine.freq() >= 16000000)

start_ms, start_us = time.ticks_ms(), time.ticks_us()
time.sleep_ms(30)
time.sleep_us(500)
time.sleep(0.01)
print(40 <= time.ticks_diff(time.ticks_ms(), start_ms) < 1000,
      time.ticks_diff(time.ticks_us(), start_us) >= 40500)
