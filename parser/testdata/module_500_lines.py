"""A module of typical application code, for measuring the parse tree's size.

Sensors are read, filtered and logged; the shapes of code here (classes,
loops, comprehensions, f-strings, exceptions) are the usual ones.
"""

import time
from collections import namedtuple

SAMPLE_PERIOD_MS = 250
THRESHOLDS = {"low": 10, "high": 90, "critical": 120}
Reading = namedtuple("Reading", ["sensor", "value", "ticks"])

class Sensor0:
    """A sensor on channel 0, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 0 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 0: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_1(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_2(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_3(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor4:
    """A sensor on channel 4, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 4 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 4: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_5(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_6(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_7(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor8:
    """A sensor on channel 8, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 8 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 8: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_9(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_10(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_11(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor12:
    """A sensor on channel 12, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 12 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 12: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_13(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_14(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_15(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor16:
    """A sensor on channel 16, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 16 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 16: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_17(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_18(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_19(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor20:
    """A sensor on channel 20, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 20 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 20: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_21(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_22(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_23(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor24:
    """A sensor on channel 24, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 24 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 24: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_25(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_26(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def report_27(sensors, out=print):
    lines = [f"{i:>3} {s.pin} avg={s.average()}" for i, s in enumerate(sensors)]
    bad = [s for s in sensors if s.errors > 2]
    for line in lines:
        out(line)
    if bad:
        out("failing: " + ", ".join(str(s.pin) for s in bad))
    return len(lines) - len(bad)

class Sensor28:
    """A sensor on channel 28, with a moving average."""

    def __init__(self, pin, window=8):
        self.pin = pin
        self.window = window
        self.samples = []
        self.errors = 0

    def read(self):
        try:
            value = self.pin.value() * 28 + 3
        except OSError as e:
            self.errors += 1
            print(f"sensor 28: read failed ({e}), {self.errors} errors")
            return None
        self.samples.append(value)
        if len(self.samples) > self.window:
            self.samples.pop(0)
        return value

    def average(self):
        if not self.samples:
            return 0
        return sum(self.samples) // len(self.samples)

def classify_29(readings, limits=THRESHOLDS):
    """Sorts readings into bands; returns counts per band."""
    counts = {name: 0 for name in limits}
    for reading in readings:
        value = reading.value
        if value >= limits["critical"]:
            counts["critical"] += 1
        elif value >= limits["high"]:
            counts["high"] += 1
        elif value <= limits["low"]:
            counts["low"] += 1
    total = sum(counts.values())
    return counts, total

def smooth_30(values, alpha=3, *, clamp=None):
    # Exponential smoothing in integers, to avoid floats on small boards.
    result = []
    state = values[0] if values else 0
    for v in values:
        state = (state * (alpha - 1) + v) // alpha
        if clamp is not None and state > clamp:
            state = clamp
        result.append(state)
    return result

def main(pins):
    sensors = [Sensor0(p) for p in pins]
    history = []
    while True:
        for s in sensors:
            v = s.read()
            if v is not None:
                history.append(Reading(s.pin, v, time.ticks_ms()))
        if len(history) > 100:
            counts, total = classify_1(history)
            print("bands:", counts, "of", total)
            history = history[-10:]
        time.sleep_ms(SAMPLE_PERIOD_MS)

if __name__ == "__main__":
    main([1, 2, 3])
