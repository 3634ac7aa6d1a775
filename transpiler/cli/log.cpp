// This file implements the -v log. The sink is unbuffered stderr without
// colour, so log lines interleave correctly with compiler messages and can
// be grepped by tests ("cache hit").
#include "cli/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cli {

void setupLogging(bool verbose) {
  auto sink = std::make_shared<spdlog::sinks::stderr_sink_st>();
  auto logger = std::make_shared<spdlog::logger>("go2cpp", std::move(sink));
  logger->set_pattern("go2cpp: [%l] %v");
  logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  logger->flush_on(spdlog::level::debug);
  spdlog::set_default_logger(logger);
}

StageTimer::StageTimer(std::string what)
    : what_(std::move(what)), start_(std::chrono::steady_clock::now()) {}

StageTimer::~StageTimer() {
  auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_);
  spdlog::debug("{}: {:.1f} ms", what_, elapsed.count());
}

}  // namespace cli
