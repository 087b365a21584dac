#include "vm/async_generator.h"

#include "compiler/opcodes.h"
#include "objects/builtin_function.h"
#include "objects/exception.h"
#include "objects/map.h"
#include "objects/nlr.h"
#include "objects/operations.h"
#include "objects/state.h"

namespace mp::vm {
namespace {

namespace q = objects::q;

enum class StepKind : uint8_t { kNext, kThrow, kClose };

// What __anext__/asend/athrow/aclose return.
struct AsyncGeneratorStep {
  objects::Object base;
  Generator* generator;
  StepKind kind;
  bool started;
  bool finished;
  Value first;  // sent on the first step (asend), or thrown (athrow, aclose)
};

Value NewStep(Value generator, StepKind kind, Value first) {
  auto* step = objects::New<AsyncGeneratorStep>();
  step->base.type = &kAsyncGeneratorStepType;
  step->generator = generator.As<Generator>();
  step->kind = kind;
  step->first = first;
  return Value(&step->base);
}

Generator* CheckedAsyncGenerator(Value value) {
  if (objects::TypeOf(value) != &kAsyncGeneratorType) {
    objects::RaiseMessage(&objects::kTypeErrorType,
                          "expected an async generator");
  }
  return value.As<Generator>();
}

Value ANext(size_t, size_t, const Value* args) {
  CheckedAsyncGenerator(args[0]);
  return NewStep(args[0], StepKind::kNext, Value::None());
}

Value ASend(size_t, size_t, const Value* args) {
  CheckedAsyncGenerator(args[0]);
  return NewStep(args[0], StepKind::kNext, args[1]);
}

Value AThrow(size_t n_args, size_t, const Value* args) {
  CheckedAsyncGenerator(args[0]);
  Value thrown = args[1];
  if (n_args >= 3 && objects::IsType(thrown) && !args[2].IsNone()) {
    thrown = objects::Call(thrown, 1, 0, &args[2]);
  }
  return NewStep(args[0], StepKind::kThrow, thrown);
}

Value AClose(size_t, size_t, const Value* args) {
  CheckedAsyncGenerator(args[0]);
  return NewStep(args[0], StepKind::kClose,
                 Value(&objects::kGeneratorExitType.base));
}

Value Self(size_t, size_t, const Value* args) { return args[0]; }

constexpr objects::BuiltinFunction kANext = {
    {&objects::kBuiltinFunctionType}, q::dunder_anext, 1, 1, false, ANext};
constexpr objects::BuiltinFunction kAIter = {
    {&objects::kBuiltinFunctionType}, q::dunder_aiter, 1, 1, false, Self};
constexpr objects::BuiltinFunction kASend = {
    {&objects::kBuiltinFunctionType}, q::asend, 2, 2, false, ASend};
constexpr objects::BuiltinFunction kAThrow = {
    {&objects::kBuiltinFunctionType}, q::athrow, 2, 4, false, AThrow};
constexpr objects::BuiltinFunction kAClose = {
    {&objects::kBuiltinFunctionType}, q::aclose, 1, 1, false, AClose};

constexpr auto kAsyncGeneratorMethods =
    objects::SortedByKey(objects::StaticMapTable<5>{{
        {Value::FromQstr(q::dunder_anext), Value(&kANext.base)},
        {Value::FromQstr(q::dunder_aiter), Value(&kAIter.base)},
        {Value::FromQstr(q::asend), Value(&kASend.base)},
        {Value::FromQstr(q::athrow), Value(&kAThrow.base)},
        {Value::FromQstr(q::aclose), Value(&kAClose.base)},
    }});
constexpr objects::StaticMap kAsyncGeneratorLocals =
    kAsyncGeneratorMethods.map();

// The step awaitable as an iterator: next() drives it, and its StopIteration
// carries the value the generator yielded.
Value StepIterNext(Value self) {
  Value result;
  if (StepAsyncGenerator(self, Value::None(), Value(), &result) ==
      ResumeResult::kReturned) {
    RaiseStopIteration(result);
  }
  return result;
}

Value StepSend(size_t, size_t, const Value* args) {
  Value result;
  if (StepAsyncGenerator(args[0], args[1], Value(), &result) ==
      ResumeResult::kReturned) {
    RaiseStopIteration(result);
  }
  return result;
}

Value StepThrow(size_t, size_t, const Value* args) {
  Value result;
  if (StepAsyncGenerator(args[0], Value::None(), args[1], &result) ==
      ResumeResult::kReturned) {
    RaiseStopIteration(result);
  }
  return result;
}

constexpr objects::BuiltinFunction kStepSend = {
    {&objects::kBuiltinFunctionType}, q::send, 2, 2, false, StepSend};
constexpr objects::BuiltinFunction kStepThrow = {
    {&objects::kBuiltinFunctionType}, q::throw_, 2, 2, false, StepThrow};
constexpr objects::BuiltinFunction kStepAwait = {
    {&objects::kBuiltinFunctionType}, q::dunder_await, 1, 1, false, Self};

constexpr auto kStepMethods = objects::SortedByKey(objects::StaticMapTable<3>{{
    {Value::FromQstr(q::send), Value(&kStepSend.base)},
    {Value::FromQstr(q::throw_), Value(&kStepThrow.base)},
    {Value::FromQstr(q::dunder_await), Value(&kStepAwait.base)},
}});
constexpr objects::StaticMap kStepLocals = kStepMethods.map();

}  // namespace

const objects::Type kAsyncGeneratorType = {
    .base = {&objects::kTypeType},
    .name = q::async_generator,
    .locals = &kAsyncGeneratorLocals,
};

const objects::Type kAsyncGeneratorStepType = {
    .base = {&objects::kTypeType},
    .name = q::async_generator_asend,
    .get_iter = [](Value self) { return self; },
    .iter_next = StepIterNext,
    .locals = &kStepLocals,
};

ResumeResult StepAsyncGenerator(Value awaitable, Value sent, Value thrown,
                                Value* result) {
  auto* step = awaitable.As<AsyncGeneratorStep>();
  if (step->finished) {
    objects::RaiseMessage(&objects::kRuntimeErrorType,
                          "cannot reuse already awaited __anext__()/asend()");
  }
  if (!step->started) {
    step->started = true;
    if (step->kind == StepKind::kNext) {
      sent = step->first;
    } else {
      thrown = step->first;
    }
  }
  Generator* generator = step->generator;
  objects::NlrBuf nlr;
  ResumeResult outcome;
  if (MP_NLR_PUSH(nlr) == 0) {
    outcome = Resume(generator, sent, thrown, result);
    objects::NlrPop(nlr);
  } else {
    step->finished = true;
    Value exception = nlr.exception;
    if (step->kind == StepKind::kClose &&
        (objects::IsInstance(exception, &objects::kGeneratorExitType) ||
         objects::IsInstance(exception, &objects::kStopAsyncIterationType))) {
      *result = Value::None();
      return ResumeResult::kReturned;  // aclose() is done
    }
    objects::NlrJump(exception);
  }
  if (outcome == ResumeResult::kReturned) {
    step->finished = true;
    if (step->kind == StepKind::kClose) {
      *result = Value::None();
      return ResumeResult::kReturned;
    }
    objects::Raise(Value(&objects::kStopAsyncIterationType.base));
  }
  const uint8_t* ip = generator->frame->ip;
  if (ip != nullptr &&
      static_cast<compiler::Opcode>(*ip) == compiler::Opcode::kYieldFrom) {
    return ResumeResult::kYielded;  // an await inside: pass it through
  }
  // The generator's own yield: the awaitable is done, with that value.
  step->finished = true;
  if (step->kind == StepKind::kClose) {
    objects::RaiseMessage(&objects::kRuntimeErrorType,
                          "async generator ignored GeneratorExit");
  }
  return ResumeResult::kReturned;
}

}  // namespace mp::vm
