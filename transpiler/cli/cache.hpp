// The cache `go2cpp run` and `go2cpp build` keep their programs in, so
// that running or building an unchanged program twice compiles it once.
//
// Layout under the cache root ($GO2CPP_CACHE, else $XDG_CACHE_HOME/go2cpp,
// else ~/.cache/go2cpp):
//
//   bin/<key>/<name>   a built program; <key> is buildKey()'s hex digest
//   tmp/build-XXXXXX/  a build in progress (emitted C++, objects)
//   trimmed            its mtime records the last cache trim
//
// A program is built in tmp/ and renamed into bin/, so a concurrent run
// sees either no entry or a complete one. Entries not used for five days
// are removed (the `go` command trims its build cache the same way), and so
// are the least recently used ones past 2 GiB.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/pipeline.hpp"
#include "cli/toolchain.hpp"

namespace cli {

std::string cacheRoot();

// Everything the built program depends on: the Go files (paths as given,
// since #line directives carry them, and contents), the go2cpp binary, the
// translation options, the toolchain config, the compiler binary, the
// runtime archive and the runtime's headers.
std::string buildKey(const std::vector<std::string>& goFiles, const PipelineOptions& opts,
                     const Toolchain& tc);

// The cached program for `key`, if there is one (marking it as used).
std::optional<std::string> findCachedProgram(const std::string& root, const std::string& key,
                                             const std::string& name);

// Moves a freshly built program into the cache; returns its cached path.
std::string storeCachedProgram(const std::string& root, const std::string& key,
                               const std::string& name, const std::string& builtProgram);

// Removes entries unused for five days, then the least recently used ones
// while the cache holds more than 2 GiB; scans at most once a minute.
void trimCache(const std::string& root);

}  // namespace cli
