# Checks the order of try/except/else/finally bodies in loops, functions and nested handlers.
log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return "from try"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for mode in ["ok", "raise", "return"]:
    log.clear()
    print(mode, f(mode), log)
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(("body", i))
    except Exception:
        out.append("never")
    else:
        out.append(("else", i))
    finally:
        out.append(("finally", i))
print(out)
def nested():
    try:
        try:
            raise KeyError("k")
        except ValueError:
            return "wrong"
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
        return "right"
log.clear()
print(nested(), log)
