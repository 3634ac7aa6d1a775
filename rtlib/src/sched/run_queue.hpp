// This file implements the run queues of the scheduler, in the shape of Go's
// (runtime/proc.go): each worker owns a bounded local queue of 256 entries
// that other workers may steal half of, and all workers share an unbounded
// global queue that takes the overflow, goroutines made runnable by threads
// that run no worker, and runtime.Gosched's yielders.
//
// Go's local queues are lock-free; these take a short mutex instead, which
// is uncontended except while a thief is stealing from the queue. Entries
// are Boost.Fiber contexts detached from any thread's scheduler; whoever
// pops one attaches it to its own.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <deque>
#include <mutex>

namespace boost::fibers {
class context;
}

namespace go::sched {

using fiber_context = boost::fibers::context;

class global_run_queue {
 public:
  void push(fiber_context* ctx) {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(ctx);
    size_ = queue_.size();
  }
  fiber_context* pop() {
    if (size_ == 0) return nullptr;  // racy peek; a miss is retried later
    std::lock_guard<std::mutex> lock(mu_);
    if (queue_.empty()) return nullptr;
    fiber_context* ctx = queue_.front();
    queue_.pop_front();
    size_ = queue_.size();
    return ctx;
  }
  // Takes up to max entries at once (Go's globrunqget batch).
  std::size_t pop_batch(fiber_context** out, std::size_t max) {
    if (size_ == 0) return 0;
    std::lock_guard<std::mutex> lock(mu_);
    std::size_t n = 0;
    while (n < max && !queue_.empty()) {
      out[n++] = queue_.front();
      queue_.pop_front();
    }
    size_ = queue_.size();
    return n;
  }
  std::size_t size() const { return size_; }

 private:
  std::mutex mu_;
  std::deque<fiber_context*> queue_;
  std::atomic<std::size_t> size_{0};
};

class local_run_queue {
 public:
  static constexpr std::size_t capacity = 256;

  // False when full: the caller moves half the queue to the global one.
  bool push(fiber_context* ctx) {
    std::lock_guard<std::mutex> lock(mu_);
    if (tail_ - head_ == capacity) return false;
    ring_[tail_++ % capacity] = ctx;
    return true;
  }
  fiber_context* pop() {
    if (tail_ == head_) return nullptr;
    std::lock_guard<std::mutex> lock(mu_);
    if (tail_ == head_) return nullptr;
    return ring_[head_++ % capacity];
  }
  // Removes the older half (at least one) for another queue.
  std::size_t take_half(fiber_context** out) {
    std::lock_guard<std::mutex> lock(mu_);
    std::size_t n = tail_ - head_;
    n -= n / 2;
    for (std::size_t i = 0; i < n; i++) out[i] = ring_[head_++ % capacity];
    return n;
  }
  // A racy reading for heuristics. head first: tail never falls behind a
  // head read earlier, so a pop meanwhile cannot make the difference wrap.
  std::size_t size() const {
    std::size_t head = head_.load();
    std::size_t n = tail_.load() - head;
    return n > capacity ? capacity : n;
  }

 private:
  std::mutex mu_;
  std::array<fiber_context*, capacity> ring_{};
  std::atomic<std::size_t> head_{0};
  std::atomic<std::size_t> tail_{0};
};

}  // namespace go::sched
