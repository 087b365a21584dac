#include "vm/generator.h"

#include "compiler/opcodes.h"
#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"
#include "vm/async_generator.h"
#include "vm/interpreter.h"

namespace mp::vm {
namespace {

using objects::Qstr;
using objects::RaiseFormat;
using objects::RaiseMessage;

void PrintGenerator(const objects::Printer& printer, Value self,
                    objects::PrintKind /*kind*/) {
  const auto* generator = self.As<Generator>();
  objects::Printf(printer, "<%q object '%q' at 0x%lx>", objects::TypeName(self),
                  generator->frame->code->name,
                  static_cast<unsigned long>(self.bits()));
}

// An exception instance for `thrown`, which may be a type.
Value Instantiate(Value thrown) {
  if (objects::IsType(thrown)) return objects::Call(thrown, 0, 0, nullptr);
  if (!objects::IsException(thrown)) {
    RaiseMessage(&objects::kTypeErrorType,
                 "exceptions must derive from BaseException");
  }
  return thrown;
}

// The value of a StopIteration: its first argument, or None.
Value StopIterationValue(Value exception) {
  return objects::LoadAttr(exception, objects::q::value);
}

// Calls iterator.method(argument) as one step of yield from: a StopIteration
// ends the delegation with its value.
ResumeResult CallStep(const Value* method, Value argument, Value* result) {
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    Value args[2] = {method[1], argument};
    *result = method[1].IsNull() ? objects::Call(method[0], 1, 0, args + 1)
                                 : objects::Call(method[0], 2, 0, args);
    objects::NlrPop(nlr);
    return ResumeResult::kYielded;
  }
  if (!objects::IsInstance(nlr.exception, &objects::kStopIterationType)) {
    objects::NlrJump(nlr.exception);
  }
  *result = StopIterationValue(nlr.exception);
  return ResumeResult::kReturned;
}

// Raises GeneratorExit where the generator stopped; it must not yield again.
void CloseGenerator(Generator* generator) {
  if (generator->state == GeneratorState::kCreated) {
    generator->state = GeneratorState::kDone;
    generator->frame->ip = nullptr;
    return;
  }
  if (generator->state == GeneratorState::kDone) return;
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    Value result;
    ResumeResult step =
        Resume(generator, Value::None(),
               Value(&objects::kGeneratorExitType.base), &result);
    objects::NlrPop(nlr);
    if (step == ResumeResult::kYielded) {
      RaiseFormat(&objects::kRuntimeErrorType, "%q ignored GeneratorExit",
                  objects::TypeName(Value(&generator->base)));
    }
    return;
  }
  if (objects::IsInstance(nlr.exception, &objects::kGeneratorExitType) ||
      objects::IsInstance(nlr.exception, &objects::kStopIterationType)) {
    return;
  }
  objects::NlrJump(nlr.exception);
}

// throw() into a generator suspended in `yield from`: the inner iterator gets
// it first. Returns true when the inner iterator yielded (*result is the
// value); otherwise the frame is ready to go on, with *thrown the exception to
// raise in it (null when the inner iterator returned).
bool ThrowIntoDelegate(Generator* generator, Value* thrown, Value* result) {
  Frame& frame = *generator->frame;
  Value inner = frame.sp[-1];
  objects::NlrBuf nlr;
  if (MP_NLR_PUSH(nlr) == 0) {
    if (objects::IsInstance(*thrown, &objects::kGeneratorExitType)) {
      // close() closes the inner iterator, then the frame gets GeneratorExit.
      if (IsGenerator(inner)) {
        CloseGenerator(inner.As<Generator>());
      } else {
        Value close[2];
        if (objects::TryLoadMethod(inner, objects::q::close, close)) {
          objects::Call(close[0], close[1].IsNull() ? 0 : 1, 0, close + 1);
        }
      }
      objects::NlrPop(nlr);
      return false;
    }
    Value method[2];
    if (!IsGenerator(inner) &&
        !objects::TryLoadMethod(inner, objects::q::throw_, method)) {
      objects::NlrPop(nlr);
      return false;  // raised in the frame
    }
    Value value;
    ResumeResult step = SendTo(inner, Value::None(), *thrown, &value);
    objects::NlrPop(nlr);
    if (step == ResumeResult::kYielded) {
      *result = value;
      return true;
    }
    // The inner iterator finished: yield from evaluates to its value.
    frame.sp[-1] = value;
    ++frame.ip;
    *thrown = Value();
    return false;
  }
  *thrown = nlr.exception;
  return false;
}

Value GeneratorIterNext(Value self) {
  Value result;
  if (Resume(self.As<Generator>(), Value::None(), Value(), &result) ==
      ResumeResult::kReturned) {
    return Value();
  }
  return result;
}

Value CheckedGenerator(Value self) {
  if (!IsGenerator(self)) {
    RaiseMessage(&objects::kTypeErrorType, "expected a generator");
  }
  return self;
}

Value SendMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  Value result;
  if (Resume(CheckedGenerator(args[0]).As<Generator>(), args[1], Value(),
             &result) == ResumeResult::kReturned) {
    RaiseStopIteration(result);
  }
  return result;
}

// throw(exception), or the older throw(type, value[, traceback]).
Value ThrowMethod(size_t n_args, size_t /*n_kw*/, const Value* args) {
  Value thrown = args[1];
  if (n_args >= 3 && !args[2].IsNone() && objects::IsType(thrown)) {
    thrown = objects::IsException(args[2])
                 ? args[2]
                 : objects::Call(thrown, 1, 0, &args[2]);
  }
  Value result;
  if (Resume(CheckedGenerator(args[0]).As<Generator>(), Value::None(), thrown,
             &result) == ResumeResult::kReturned) {
    RaiseStopIteration(result);
  }
  return result;
}

Value CloseMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  CloseGenerator(CheckedGenerator(args[0]).As<Generator>());
  return Value::None();
}

// A coroutine's __await__ gives the coroutine itself: await drives it.
Value AwaitMethod(size_t /*n_args*/, size_t /*n_kw*/, const Value* args) {
  return args[0];
}

#define MP_GENERATOR_METHOD(c_name, name, min, max, fn) \
  constexpr objects::BuiltinFunction c_name = {         \
      {&objects::kBuiltinFunctionType}, objects::q::name, min, max, false, fn}

MP_GENERATOR_METHOD(kSend, send, 2, 2, SendMethod);
MP_GENERATOR_METHOD(kThrow, throw_, 2, 4, ThrowMethod);
MP_GENERATOR_METHOD(kClose, close, 1, 1, CloseMethod);
MP_GENERATOR_METHOD(kAwait, dunder_await, 1, 1, AwaitMethod);
#undef MP_GENERATOR_METHOD

constexpr auto kGeneratorMethods =
    objects::SortedByKey(objects::StaticMapTable<3>{{
        objects::MethodEntry(objects::q::send, kSend),
        objects::MethodEntry(objects::q::throw_, kThrow),
        objects::MethodEntry(objects::q::close, kClose),
    }});
constexpr objects::StaticMap kGeneratorLocals = kGeneratorMethods.map();

constexpr auto kCoroutineMethods =
    objects::SortedByKey(objects::StaticMapTable<4>{{
        objects::MethodEntry(objects::q::send, kSend),
        objects::MethodEntry(objects::q::throw_, kThrow),
        objects::MethodEntry(objects::q::close, kClose),
        objects::MethodEntry(objects::q::dunder_await, kAwait),
    }});
constexpr objects::StaticMap kCoroutineLocals = kCoroutineMethods.map();

}  // namespace

const objects::Type kGeneratorType = {
    .base = {&objects::kTypeType},
    .name = objects::q::generator,
    .print = PrintGenerator,
    .get_iter = [](Value self) { return self; },
    .iter_next = GeneratorIterNext,
    .locals = &kGeneratorLocals,
};

// Coroutines are not iterable: only await (and send/throw) drives them.
const objects::Type kCoroutineType = {
    .base = {&objects::kTypeType},
    .name = objects::q::coroutine,
    .print = PrintGenerator,
    .locals = &kCoroutineLocals,
};

void RaiseStopIteration(Value value) {
  if (value.IsNone()) objects::Raise(Value(&objects::kStopIterationType.base));
  objects::Raise(
      objects::NewException(&objects::kStopIterationType, 1, &value));
}

bool IsGenerator(Value value) {
  const objects::Type* type = objects::TypeOf(value);
  return type == &kGeneratorType || type == &kCoroutineType;
}

Value NewGenerator(const Function& function, size_t n_args, size_t n_kw,
                   const Value* args) {
  const compiler::RawCode& code = *function.code;
  constexpr size_t kHeaderBytes = (sizeof(Generator) + alignof(Frame) - 1) /
                                  alignof(Frame) * alignof(Frame);
  auto* generator = objects::New<Generator>(kHeaderBytes - sizeof(Generator) +
                                            Frame::BytesFor(code));
  uint32_t kind = code.flags & (compiler::kGenerator | compiler::kCoroutine);
  generator->base.type = kind == compiler::kGenerator   ? &kGeneratorType
                         : kind == compiler::kCoroutine ? &kCoroutineType
                                                        : &kAsyncGeneratorType;
  generator->frame =
      Frame::Init(reinterpret_cast<char*>(generator) + kHeaderBytes, code,
                  function.globals);
  BindArguments(function, *generator->frame, n_args, n_kw, args);
  return Value(&generator->base);
}

ResumeResult Resume(Generator* generator, Value sent, Value thrown,
                    Value* result) {
  objects::CheckStack();
  Frame& frame = *generator->frame;
  if (frame.ip == nullptr) generator->state = GeneratorState::kDone;
  switch (generator->state) {
    case GeneratorState::kDone:
      if (!thrown.IsNull()) objects::Raise(thrown);
      *result = Value::None();
      return ResumeResult::kReturned;
    case GeneratorState::kRunning:
      RaiseFormat(&objects::kValueErrorType, "%q already executing",
                  objects::TypeName(Value(&generator->base)));
    case GeneratorState::kCreated:
      if (thrown.IsNull() && !sent.IsNone()) {
        RaiseFormat(&objects::kTypeErrorType,
                    "can't send non-None value to a just-started %q",
                    objects::TypeName(Value(&generator->base)));
      }
      break;
    case GeneratorState::kSuspended:
      if (thrown.IsNull()) {
        *frame.sp++ = sent;
      } else {
        thrown = Instantiate(thrown);
        if (static_cast<compiler::Opcode>(*frame.ip) ==
            compiler::Opcode::kYieldFrom) {
          generator->state = GeneratorState::kRunning;
          bool yielded = ThrowIntoDelegate(generator, &thrown, result);
          generator->state = GeneratorState::kSuspended;
          if (yielded) return ResumeResult::kYielded;
        }
      }
      break;
  }
  generator->state = GeneratorState::kRunning;
  frame.yielded = false;
  *result = Execute(frame, thrown);
  if (frame.yielded) {
    generator->state = GeneratorState::kSuspended;
    return ResumeResult::kYielded;
  }
  generator->state = GeneratorState::kDone;
  frame.ip = nullptr;
  return ResumeResult::kReturned;
}

ResumeResult SendTo(Value iterator, Value sent, Value thrown, Value* result) {
  if (IsGenerator(iterator)) {
    return Resume(iterator.As<Generator>(), sent, thrown, result);
  }
  if (objects::TypeOf(iterator) == &kAsyncGeneratorStepType) {
    return StepAsyncGenerator(iterator, sent, thrown, result);
  }
  Value method[2];
  if (!thrown.IsNull()) {
    if (!objects::TryLoadMethod(iterator, objects::q::throw_, method)) {
      objects::Raise(thrown);
    }
    return CallStep(method, thrown, result);
  }
  if (sent.IsNone()) {
    Value next = objects::IterNext(iterator);
    if (next.IsNull()) {
      *result = Value::None();
      return ResumeResult::kReturned;
    }
    *result = next;
    return ResumeResult::kYielded;
  }
  objects::LoadMethod(iterator, objects::q::send, method);
  return CallStep(method, sent, result);
}

}  // namespace mp::vm
