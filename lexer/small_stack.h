// For tests that show deep input ends in an error before the C stack does: runs
// a function on a new thread with a stack of a given size, as small as a
// board's, and waits for it.
#ifndef MP_LEXER_SMALL_STACK_H_
#define MP_LEXER_SMALL_STACK_H_

#include <pthread.h>
#include <stddef.h>

#include <functional>

namespace mp::lexer {

using StackWork = std::function<void(const char* stack_low)>;

// Calls `work` on a thread whose stack is `stack_bytes` long, passing the
// lowest address of that stack; returns false if the thread could not start.
inline bool RunOnSmallStack(size_t stack_bytes, const StackWork& work) {
  auto run = [](void* argument) -> void* {
    pthread_attr_t own;
    void* stack_low = nullptr;
    size_t size = 0;
    pthread_getattr_np(pthread_self(), &own);
    pthread_attr_getstack(&own, &stack_low, &size);
    pthread_attr_destroy(&own);
    (*static_cast<const StackWork*>(argument))(
        static_cast<const char*>(stack_low));
    return nullptr;
  };
  pthread_attr_t attributes;
  if (pthread_attr_init(&attributes) != 0) return false;
  pthread_t thread;
  bool started = pthread_attr_setstacksize(&attributes, stack_bytes) == 0 &&
                 pthread_create(&thread, &attributes, run,
                                const_cast<StackWork*>(&work)) == 0;
  pthread_attr_destroy(&attributes);
  if (started) pthread_join(thread, nullptr);
  return started;
}

}  // namespace mp::lexer

#endif  // MP_LEXER_SMALL_STACK_H_
