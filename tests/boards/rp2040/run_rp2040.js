#!/usr/bin/env node
// Boots an RP2040 firmware image in rp2040js (npm) with UART0 on this
// process's stdin and stdout, byte for byte: no terminal processing and no
// escape character, so 0x01 (Ctrl-A, the raw REPL) and 0x03 (Ctrl-C) reach
// the board as they are.
//
//   node run_rp2040.js [--stats] [--timeout SECONDS] IMAGE
//
// IMAGE is the firmware as .uf2 (what a Pico takes; preferred, since it
// tests our UF2 writer too), .elf (its loadable segments) or .bin (a raw
// image of the flash from 0x10000000). rp2040js must be found by require():
// under Bazel, run //tests/boards/rp2040:run_rp2040, which sets NODE_PATH to
// the node_modules that //third_party:npm.bzl installs; by hand, e.g.
//   NODE_PATH=$(bazel info output_base)/external/rp2040js/node_modules \
//     node tests/boards/rp2040/run_rp2040.js bazel-bin/platforms/rp2040.uf2
//
// rp2040js has no boot ROM, so boot2 does not run: the image goes into the
// flash array, VTOR is set to the vector table at 0x10000100 and the core
// takes its stack pointer and reset handler from there, as boot2 would.
//
// It exits (status 0) when stdin ends: then it lets the board consume what
// was sent and finish answering (until the core has slept with nothing to
// send for kQuietMsAfterEof, or at most kMaxMsAfterEof), so that
// `echo ... | node run_rp2040.js` shows the output. It also exits on a
// `bkpt` (status r0 & 0xff), after --timeout seconds (status 124), and on
// SIGTERM or SIGINT. machine.reset() (AIRCR.SYSRESETREQ) and a watchdog
// reset start the emulated chip again from the same image. With a terminal
// on stdin (interactive use), Ctrl-] quits; from a pipe every byte goes to
// the board. --stats prints instructions executed and the rate to stderr.
'use strict';

const fs = require('fs');
const {RP2040, ConsoleLogger, LogLevel} = require('rp2040js');

const kFlashStart = 0x10000000;
const kFlashBytes = 16 * 1024 * 1024;
const kVectorTable = 0x10000100;
const kUf2Magic0 = 0x0a324655;
const kUf2Magic1 = 0x9e5d5157;
const kUf2FlagFamilyId = 0x2000;
const kUf2FlagNotMainFlash = 0x1;
const kUf2FamilyRp2040 = 0xe48bff56;
// The Cortex-M0+'s AIRCR, at 0xe000ed0c: rp2040js does not model it.
const kAircrOffset = 0xd0c;
const kAircrVectKey = 0x05fa;
const kAircrSysResetReq = 1 << 2;
const kWatchdogPeripheral = 0x40058;
const kTerminalQuitByte = 0x1d;  // Ctrl-]

// How long one run of the core lasts before Node's event loop gets stdin.
const kSliceMs = 20;
const kInstructionsPerCheck = 4096;
const kQuietMsAfterEof = 300;
const kMaxMsAfterEof = 10000;

function fail(message) {
  process.stderr.write(`run_rp2040: ${message}\n`);
  process.exit(2);
}

// [address, bytes] pairs to put in flash.
function segmentsFromElf(data) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(0, false) !== 0x7f454c46 || data[4] !== 1 || data[5] !== 1) {
    fail('not a 32-bit little-endian ELF file');
  }
  const phoff = view.getUint32(28, true);
  const phentsize = view.getUint16(42, true);
  const phnum = view.getUint16(44, true);
  const segments = [];
  for (let i = 0; i < phnum; i++) {
    const header = phoff + i * phentsize;
    const type = view.getUint32(header, true);
    const offset = view.getUint32(header + 4, true);
    const physical = view.getUint32(header + 12, true);
    const fileSize = view.getUint32(header + 16, true);
    if (type !== 1 || fileSize === 0) continue;  // PT_LOAD with bytes only
    segments.push([physical, data.subarray(offset, offset + fileSize)]);
  }
  return segments;
}

function segmentsFromUf2(data) {
  if (data.length === 0 || data.length % 512 !== 0) fail('a UF2 file is whole 512-byte blocks');
  const segments = [];
  for (let offset = 0; offset < data.length; offset += 512) {
    const view = new DataView(data.buffer, data.byteOffset + offset, 512);
    if (view.getUint32(0, true) !== kUf2Magic0 || view.getUint32(4, true) !== kUf2Magic1) {
      fail(`UF2 block ${offset / 512} has no UF2 magic`);
    }
    const flags = view.getUint32(8, true);
    if (flags & kUf2FlagNotMainFlash) continue;
    if ((flags & kUf2FlagFamilyId) && view.getUint32(28, true) !== kUf2FamilyRp2040) {
      fail(`UF2 block ${offset / 512} is for another chip family`);
    }
    const address = view.getUint32(12, true);
    const size = view.getUint32(16, true);
    if (size > 476) fail(`UF2 block ${offset / 512} claims ${size} bytes`);
    segments.push([address, data.subarray(offset + 32, offset + 32 + size)]);
  }
  return segments;
}

function loadImage(path) {
  let data;
  try {
    data = fs.readFileSync(path);
  } catch (error) {
    fail(`cannot read ${path}: ${error.message}`);
  }
  let segments;
  if (path.endsWith('.uf2')) {
    segments = segmentsFromUf2(data);
  } else if (path.endsWith('.elf')) {
    segments = segmentsFromElf(data);
  } else {
    segments = [[kFlashStart, data]];
  }
  const flash = new Uint8Array(kFlashBytes).fill(0xff);
  for (const [address, bytes] of segments) {
    if (address < kFlashStart || address + bytes.length > kFlashStart + kFlashBytes) {
      fail(`image data at 0x${address.toString(16)} is outside the flash`);
    }
    flash.set(bytes, address - kFlashStart);
  }
  return flash;
}

function parseArguments(argv) {
  const options = {stats: false, timeoutSeconds: 0, image: null};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--stats') {
      options.stats = true;
    } else if (argv[i] === '--timeout' && i + 1 < argv.length) {
      options.timeoutSeconds = Number(argv[++i]);
      if (!(options.timeoutSeconds > 0)) fail('--timeout takes a number of seconds');
    } else if (argv[i].startsWith('--') || options.image !== null) {
      fail('usage: run_rp2040.js [--stats] [--timeout SECONDS] IMAGE.{uf2,elf,bin}');
    } else {
      options.image = argv[i];
    }
  }
  if (options.image === null) {
    fail('usage: run_rp2040.js [--stats] [--timeout SECONDS] IMAGE.{uf2,elf,bin}');
  }
  return options;
}

class Board {
  constructor(flash, options) {
    this.flash = flash;
    this.options = options;
    this.pendingInput = [];  // Buffers not yet fed to the UART
    this.pendingOffset = 0;
    this.output = [];
    this.inputEnded = false;
    this.inputEndedAt = 0;
    this.lastActivity = Date.now();
    this.instructions = 0;
    this.busyNanos = 0n;
    this.startedAt = Date.now();
    this.timer = null;
    this.stopped = false;
    this.boot();
  }

  boot() {
    const mcu = new RP2040();
    mcu.logger = new ConsoleLogger(LogLevel.Error);
    mcu.flash.set(this.flash);
    mcu.uart[0].onByte = (byte) => {
      this.output.push(byte);
    };
    mcu.onBreak = () => this.exit(mcu.core.registers[0] & 0xff, 'bkpt');
    this.resetRequested = false;
    const ppb = mcu.ppb;
    const writePpb = ppb.writeUint32.bind(ppb);
    ppb.writeUint32 = (offset, value) => {
      if (offset === kAircrOffset) {
        if ((value >>> 16) === kAircrVectKey && (value & kAircrSysResetReq)) {
          this.resetRequested = true;
        }
        return;
      }
      writePpb(offset, value);
    };
    const watchdog = mcu.peripherals[kWatchdogPeripheral];
    if (watchdog) watchdog.onWatchdogTrigger = () => (this.resetRequested = true);
    mcu.core.VTOR = kVectorTable;
    mcu.core.reset();
    this.mcu = mcu;
    this.wallStart = Date.now();
    this.nanosStart = mcu.clock.nanos;
  }

  // Bytes go into the UART's 32-byte receive FIFO only while it has room, as
  // if the sender waited: the firmware's interrupt empties it into its ring.
  feedInput() {
    const uart = this.mcu.uart[0];
    while (this.pendingInput.length > 0 && !uart.rxFIFO.full) {
      const chunk = this.pendingInput[0];
      uart.feedByte(chunk[this.pendingOffset++]);
      if (this.pendingOffset === chunk.length) {
        this.pendingInput.shift();
        this.pendingOffset = 0;
      }
      this.lastActivity = Date.now();
    }
  }

  flushOutput() {
    if (this.output.length === 0) return;
    process.stdout.write(Buffer.from(this.output));
    this.output = [];
    this.lastActivity = Date.now();
  }

  // Runs the core for up to kSliceMs of wall time. Returns how many ms to wait
  // before the next slice (0: at once).
  runSlice() {
    const {mcu} = this;
    const {core, clock} = mcu;
    const sliceEnd = Date.now() + kSliceMs;
    for (;;) {
      this.feedInput();
      if (core.waiting) {
        // Asleep in WFI: jump the clock to the next timer event, but never
        // ahead of the wall clock, so that idle time passes as it would on
        // the board and an idle REPL costs no host time.
        const next = clock.nanosToNextAlarm;
        const aheadMs = (clock.nanos + next - this.nanosStart) / 1e6 - (Date.now() - this.wallStart);
        if (next <= 0) return 1;
        if (aheadMs > 0) return Math.min(Math.ceil(aheadMs), kSliceMs);
        clock.tick(next);
        // rp2040js wakes a sleeping core for peripheral interrupts only; SysTick
        // just marks itself pending, and executeInstruction() would take it, but
        // a waiting core executes nothing. Take it here as the core would.
        if (core.interruptsUpdated && core.checkForInterrupts()) core.waiting = false;
      } else {
        const nanosPerCycle = 1e9 / mcu.clkSys;
        const started = process.hrtime.bigint();
        let i = 0;
        for (; i < kInstructionsPerCheck && !core.waiting && !this.stopped; i++) {
          clock.tick(core.executeInstruction() * nanosPerCycle);
        }
        this.instructions += i;
        this.busyNanos += process.hrtime.bigint() - started;
      }
      if (this.stopped) return 0;
      if (this.resetRequested) {
        this.flushOutput();
        process.stderr.write('\nrun_rp2040: the firmware reset the chip; starting it again\n');
        this.boot();
      }
      if (Date.now() >= sliceEnd) return 0;
    }
  }

  step() {
    this.timer = null;
    if (this.stopped) return;
    const wait = this.runSlice();
    this.flushOutput();
    if (this.inputEnded && this.pendingInput.length === 0) {
      const now = Date.now();
      const quiet = this.mcu.core.waiting && now - this.lastActivity >= kQuietMsAfterEof;
      if (quiet || now - this.inputEndedAt >= kMaxMsAfterEof) this.exit(0, 'end of input');
    }
    this.schedule(wait);
  }

  schedule(waitMs) {
    if (this.timer !== null) return;
    this.timer = waitMs > 0 ? setTimeout(() => this.step(), waitMs) : setImmediate(() => this.step());
    this.timerIsImmediate = waitMs <= 0;
  }

  // New input wakes a sleeping core at once rather than at the next slice.
  wake() {
    if (this.timer !== null && !this.timerIsImmediate) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.schedule(0);
  }

  exit(status, reason) {
    if (this.stopped) return;
    this.stopped = true;
    this.flushOutput();
    if (this.options.stats) {
      const seconds = (Date.now() - this.startedAt) / 1000;
      const busy = Number(this.busyNanos) / 1e9;
      const simulated = this.mcu.clock.nanos / 1e9;
      process.stderr.write(
          `run_rp2040: ${reason} after ${seconds.toFixed(2)} s; ${this.instructions} ` +
          `instructions in ${busy.toFixed(2)} s of running the core ` +
          `(${(this.instructions / busy / 1e6).toFixed(2)} million a second), ` +
          `${this.mcu.core.cycles} cycles; ${simulated.toFixed(3)} s of board time\n`);
    }
    process.stdout.write('', () => process.exit(status));
  }
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const board = new Board(loadImage(options.image), options);
  const terminal = process.stdin.isTTY;
  if (terminal) process.stdin.setRawMode(true);
  process.stdin.on('data', (chunk) => {
    if (terminal && chunk.includes(kTerminalQuitByte)) board.exit(0, 'Ctrl-]');
    board.pendingInput.push(chunk);
    board.wake();
  });
  process.stdin.on('end', () => {
    board.inputEnded = true;
    board.inputEndedAt = Date.now();
    board.wake();
  });
  process.stdin.on('error', () => {
    board.inputEnded = true;
    board.inputEndedAt = Date.now();
  });
  process.stdout.on('error', () => process.exit(0));  // the reader went away
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
    process.on(signal, () => board.exit(signal === 'SIGINT' ? 130 : 143, signal));
  }
  if (options.timeoutSeconds > 0) {
    setTimeout(() => board.exit(124, 'timeout'), options.timeoutSeconds * 1000).unref();
  }
  board.schedule(0);
}

main();
