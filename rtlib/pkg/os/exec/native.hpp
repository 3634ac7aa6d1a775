// This file declares the natives of package os/exec (exec.go): starting a
// child with posix_spawn and moving bytes through its pipes with poll.
#pragma once

#include <tuple>

#include "go/runtime.hpp"

namespace os::exec {

std::tuple<go::int_, go::int_, go::int_, go::int_, syscall_::Errno> spawn(
    go::string path, go::slice<go::string> argv, go::slice<go::string> env, bool inheritEnv, go::string dir,
    go::int_ inMode, go::int_ inFd, go::int_ outMode, go::int_ outFd, go::int_ errMode, go::int_ errFd);
std::tuple<go::int_, go::slice<go::uint8>, go::slice<go::uint8>, bool, bool> pump(go::int_ in, go::slice<go::uint8> stdin,
                                                                                 go::int_ out, go::int_ errOut);
void closeFd(go::int_ fd);
std::tuple<go::uint32, syscall_::Errno> statMode(go::string file);
bool sameValue(go::any a, go::any b);

}  // namespace os::exec
