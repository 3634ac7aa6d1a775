// SHA-256, the digest that names `go2cpp run`'s cache entries.
//
// The cache key covers the Go sources, the go2cpp binary, the toolchain and
// the runtime; a collision would run the wrong program, so the key is a real
// cryptographic digest rather than a quick 64-bit hash. Implemented from the
// FIPS 180-4 description; no external crypto library is needed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace cli {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // Feeds a length-prefixed string, so that ("ab","c") and ("a","bc") differ.
  void updateField(std::string_view bytes);
  std::array<uint8_t, 32> finish();
  std::string hexFinish();  // lower-case hex of finish()

 private:
  void compressBlock(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t totalBytes_ = 0;
};

std::string sha256Hex(std::string_view bytes);

}  // namespace cli
