// Goroutine micro-benchmarks of go2cpp's runtime, the C++ twin of
// sched_bench.go (same workloads, same output format): one line per
// benchmark, "name ns-per-op".
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "go/sched/chan.hpp"
#include "go/sched/sched.hpp"
#include "go/sched/select.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

double since_ns(clock_type::time_point start, long ops) {
  return std::chrono::duration<double, std::nano>(clock_type::now() - start).count() / static_cast<double>(ops);
}

void report(const char* name, double ns) { std::printf("%s %.1f\n", name, ns); }

void spawn_join() {
  constexpr int n = 100000;
  auto done = go::make_chan<int>(n);
  auto start = clock_type::now();
  for (int i = 0; i < n; i++) go::spawn([done] { done.send(1); });
  for (int i = 0; i < n; i++) done.recv();
  report("spawn_join", since_ns(start, n));
}

void ping_pong() {
  constexpr int n = 200000;
  auto ping = go::make_chan<int>(0);
  auto pong = go::make_chan<int>(0);
  go::spawn([ping, pong] {
    for (int i = 0; i < n; i++) pong.send(ping.recv());
  });
  auto start = clock_type::now();
  for (int i = 0; i < n; i++) {
    ping.send(i);
    pong.recv();
  }
  report("ping_pong_round_trip", since_ns(start, n));
}

void buffered() {
  constexpr int n = 2000000;
  auto ch = go::make_chan<int>(128);
  auto done = go::make_chan<int>(0);
  go::spawn([ch, done] {
    long sum = 0;
    for (;;) {
      auto [v, ok] = ch.recv_ok();
      if (!ok) break;
      sum += v;
    }
    done.send(static_cast<int>(sum & 1));
  });
  auto start = clock_type::now();
  for (int i = 0; i < n; i++) ch.send(i);
  go::close(ch);
  done.recv();
  report("buffered_cap128_per_msg", since_ns(start, n));
}

void select_two() {
  constexpr int n = 200000;
  auto a = go::make_chan<int>(0);
  auto b = go::make_chan<int>(0);
  go::spawn([a, b] {
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) a.send(i);
      else b.send(i);
    }
  });
  auto start = clock_type::now();
  for (int i = 0; i < n; i++) {
    int x = 0, y = 0;
    bool ok = false;
    go::select_case cases[] = {go::recv_case(a, &x), go::recv_case(b, &y)};
    go::select(cases, 2, false, &ok);
  }
  report("select_two_chans", since_ns(start, n));
}

// The concurrent prime sieve (Go's doc example), first 1000 primes.
void sieve() {
  auto start = clock_type::now();
  auto ch = go::make_chan<int>(0);
  go::spawn([ch] {
    for (int i = 2;; i++) ch.send(i);
  });
  auto in = ch;
  for (int i = 0; i < 1000; i++) {
    int prime = in.recv();
    auto out = go::make_chan<int>(0);
    go::spawn([in, out, prime] {
      for (;;) {
        int v = in.recv();
        if (v % prime != 0) out.send(v);
      }
    });
    in = out;
  }
  report("prime_sieve_1000_total", since_ns(start, 1));
}

// Resident memory with 100k goroutines parked on a channel (MiB, not ns).
void idle_rss() {
  constexpr int n = 100000;
  auto block = go::make_chan<int>();
  auto started = go::make_chan<int>(n);
  for (int i = 0; i < n; i++) {
    go::spawn([block, started] {
      started.send(1);
      block.recv();
    });
  }
  for (int i = 0; i < n; i++) started.recv();
  long kb = 0;
  if (FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
      if (std::strncmp(line, "VmRSS:", 6) == 0) kb = std::atol(line + 6);
    }
    std::fclose(f);
  }
  report("idle_100k_rss_mib", static_cast<double>(kb) / 1024.0);
}

void body() {
  const char* which = std::getenv("BENCH");
  std::string w = which ? which : "all";
  if (w == "all" || w == "spawn") spawn_join();
  if (w == "all" || w == "pingpong") ping_pong();
  if (w == "all" || w == "buffered") buffered();
  if (w == "all" || w == "select") select_two();
  if (w == "all" || w == "sieve") sieve();
  if (w == "rss") idle_rss();  // alone: earlier benchmarks leave pooled stacks
}

}  // namespace

int main() {
  go::sched::run_main_goroutine(body);
  std::fflush(stdout);
  std::_Exit(0);
}
