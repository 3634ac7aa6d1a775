// This file implements package runtime/pprof's natives on the runtime's CPU
// sampler (src/cpu_profile.cpp): the raw pcs of each sample become Go
// program counters, one per Go frame, as runtime.Callers gives them.
#include <vector>

#include "runtime/pprof/pprof.hpp"
#include "runtime_internal.hpp"

namespace runtime::pprof {

go::int_ cpuProfileRate() { return go::internal::cpu_profile_rate(); }

std::tuple<go::slice<go::uintptr>, go::slice<go::unsafe_pointer>, go::int64> cpuProfileRead() {
  std::vector<go::internal::cpu_sample> samples;
  go::int64 lost = go::internal::drain_cpu_samples(samples);
  std::vector<go::uintptr> flat;
  go::slice<go::unsafe_pointer> labels = go::make_slice<go::unsafe_pointer>(static_cast<go::int_>(samples.size()));
  for (std::size_t i = 0; i < samples.size(); i++) labels.ptr[i] = samples[i].labels;
  for (const go::internal::cpu_sample& s : samples) {
    std::vector<go::uintptr> pcs = go::internal::go_callers_of(s.pcs);
    flat.insert(flat.end(), pcs.begin(), pcs.end());
    flat.push_back(0);
  }
  go::slice<go::uintptr> out = go::make_slice<go::uintptr>(static_cast<go::int_>(flat.size()));
  for (std::size_t i = 0; i < flat.size(); i++) out.ptr[i] = flat[i];
  return {out, labels, lost};
}

void setGoroutineLabels(go::unsafe_pointer labels) { go::internal::set_goroutine_labels(labels); }

}  // namespace runtime::pprof
