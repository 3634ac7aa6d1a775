// This file implements the parts of map hashing that are not templates:
// hashing a run of bytes (strings) and the per-thread random generator that
// seeds each map, hashes NaNs and picks where each iteration starts.
#include <atomic>
#include <chrono>
#include <cstring>

#include "go/map_hash.hpp"

namespace go::detail {

namespace {

uint64 load64(const uint8* p) {
  uint64 v;
  std::memcpy(&v, p, 8);
  return v;
}
uint64 load32(const uint8* p) {
  uint32 v;
  std::memcpy(&v, p, 4);
  return v;
}

// Every thread's generator starts from its own point of one global
// sequence, itself seeded from the clock at start-up.
std::atomic<uint64> next_thread_seed{static_cast<uint64>(
    std::chrono::steady_clock::now().time_since_epoch().count()) * hash_k0};

}  // namespace

uintptr hash_bytes(const void* data, int_ n, uintptr seed) {
  const auto* p = static_cast<const uint8*>(data);
  uint64 h = seed ^ hash_mix(static_cast<uint64>(n) ^ hash_k2, hash_k1);
  while (n > 16) {
    h = hash_mix(load64(p) ^ hash_k0, load64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  // The last 1..16 bytes as two words, overlapping when fewer than 16.
  uint64 a = 0, b = 0;
  if (n >= 8) {
    a = load64(p);
    b = load64(p + n - 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0) {
    a = (static_cast<uint64>(p[0]) << 16) | (static_cast<uint64>(p[n >> 1]) << 8) | p[n - 1];
  }
  h = hash_mix(a ^ hash_k1, b ^ h);
  return hash_mix(h ^ hash_k0, hash_k2 ^ static_cast<uint64>(n));
}

uint64 fast_random() {
  // wyrand-style: a Weyl sequence passed through the mixing step.
  thread_local uint64 state = next_thread_seed.fetch_add(hash_k1 * 0x100000001ull, std::memory_order_relaxed);
  state += hash_k2;
  return hash_mix(state, state ^ hash_k0);
}

}  // namespace go::detail
