// This file implements package os/exec's natives (native.hpp): the child
// is started with posix_spawn (which reports exec failures such as ENOENT
// as its result), its standard descriptors set up from the null device,
// inherited descriptors or fresh pipes; pump moves bytes through the
// pipes with poll.
#include "os/exec/exec.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

extern char** environ;

namespace os::exec {

namespace {

std::string c_string(go::string s) { return std::string(go::view(s)); }

// The null-terminated array of C strings of a []string.
struct c_strings {
  std::vector<std::string> owned;
  std::vector<char*> ptrs;
  explicit c_strings(go::slice<go::string> s) {
    owned.reserve(static_cast<std::size_t>(s.len));
    for (go::int_ i = 0; i < s.len; i++) owned.push_back(c_string(s.ptr[i]));
    for (auto& o : owned) ptrs.push_back(o.data());
    ptrs.push_back(nullptr);
  }
};

syscall_::Errno errno_value() { return static_cast<syscall_::Errno>(errno); }

}  // namespace

std::tuple<go::int_, go::int_, go::int_, go::int_, syscall_::Errno> spawn(
    go::string path, go::slice<go::string> argv, go::slice<go::string> env, bool inheritEnv, go::string dir,
    go::int_ inMode, go::int_ inFd, go::int_ outMode, go::int_ outFd, go::int_ errMode, go::int_ errFd) {
  go::flush_stdout();  // the child may write to the same descriptor
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  std::vector<int> close_after;  // the child's pipe ends, closed in the parent after the spawn
  int pipes[3] = {-1, -1, -1};   // the parent's ends
  int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  auto setup = [&](int target, go::int_ mode, go::int_ fd) {
    switch (mode) {
      case 0: posix_spawn_file_actions_adddup2(&actions, null_fd, target); break;
      case 1: posix_spawn_file_actions_adddup2(&actions, static_cast<int>(fd), target); break;
      case 2: {
        int p[2];
        if (::pipe2(p, O_CLOEXEC) < 0) return false;
        int child_end = target == 0 ? p[0] : p[1];
        pipes[target] = target == 0 ? p[1] : p[0];
        posix_spawn_file_actions_adddup2(&actions, child_end, target);
        close_after.push_back(child_end);
        break;
      }
      case 3: posix_spawn_file_actions_adddup2(&actions, 1, 2); break;  // after stdout's dup2
    }
    return true;
  };
  syscall_::Errno failure = 0;
  if (!setup(0, inMode, inFd) || !setup(1, outMode, outFd) || !setup(2, errMode, errFd)) failure = errno_value();
  std::string d = c_string(dir);
  if (!d.empty()) posix_spawn_file_actions_addchdir_np(&actions, d.c_str());
  c_strings args(argv);
  c_strings envs(env);
  std::string p = c_string(path);
  pid_t pid = -1;
  if (failure == 0) {
    int rc = ::posix_spawn(&pid, p.c_str(), &actions, nullptr, args.ptrs.data(), inheritEnv ? environ : envs.ptrs.data());
    if (rc != 0) failure = static_cast<syscall_::Errno>(rc);
  }
  posix_spawn_file_actions_destroy(&actions);
  for (int fd : close_after) ::close(fd);
  if (null_fd >= 0) ::close(null_fd);
  if (failure != 0) {
    for (int fd : pipes)
      if (fd >= 0) ::close(fd);
    return {-1, -1, -1, -1, failure};
  }
  return {pid, pipes[0], pipes[1], pipes[2], 0};
}

std::tuple<go::int_, go::slice<go::uint8>, go::slice<go::uint8>, bool, bool> pump(go::int_ in, go::slice<go::uint8> stdin,
                                                                                 go::int_ out, go::int_ errOut) {
  struct pollfd fds[3];
  int n = 0;
  int in_at = -1, out_at = -1, err_at = -1;
  if (in >= 0) { in_at = n; fds[n++] = {static_cast<int>(in), POLLOUT, 0}; }
  if (out >= 0) { out_at = n; fds[n++] = {static_cast<int>(out), POLLIN, 0}; }
  if (errOut >= 0) { err_at = n; fds[n++] = {static_cast<int>(errOut), POLLIN, 0}; }
  go::int_ written = 0;
  go::slice<go::uint8> out_data, err_data;
  bool out_eof = false, err_eof = false;
  if (n == 0) return {0, out_data, err_data, false, false};
  int r;
  do r = ::poll(fds, static_cast<nfds_t>(n), 0);  // (the Go side sleeps when nothing is ready)
  while (r < 0 && errno == EINTR);
  if (r < 0) return {0, out_data, err_data, out >= 0, errOut >= 0};
  if (in_at >= 0 && fds[in_at].revents != 0) {
    ssize_t w = ::write(static_cast<int>(in), stdin.ptr, static_cast<size_t>(stdin.len));
    if (w >= 0) written = w;
    else if (errno != EINTR && errno != EAGAIN) written = -1;  // EPIPE: the child stopped reading
  }
  auto drain = [](go::int_ fd, short revents, go::slice<go::uint8>& data, bool& eof) {
    if (revents == 0) return;
    unsigned char buf[32768];
    ssize_t k = ::read(static_cast<int>(fd), buf, sizeof buf);
    if (k > 0) {
      data = go::make_slice<go::uint8>(k, k);
      for (ssize_t i = 0; i < k; i++) data.ptr[i] = buf[i];
    } else if (k == 0 || (errno != EINTR && errno != EAGAIN)) {
      eof = true;
    }
  };
  if (out_at >= 0) drain(out, fds[out_at].revents, out_data, out_eof);
  if (err_at >= 0) drain(errOut, fds[err_at].revents, err_data, err_eof);
  return {written, out_data, err_data, out_eof, err_eof};
}

void closeFd(go::int_ fd) { ::close(static_cast<int>(fd)); }

std::tuple<go::uint32, syscall_::Errno> statMode(go::string file) {
  std::string f = c_string(file);
  if (f.find('\0') != std::string::npos) return {0, EINVAL};
  struct stat st;
  if (::stat(f.c_str(), &st) < 0) return {0, errno_value()};
  return {st.st_mode, 0};
}

bool sameValue(go::any a, go::any b) {
  if (a.type == nullptr || b.type == nullptr || !a.type->comparable || !b.type->comparable) return false;
  return go::equal(a, b);
}

}  // namespace os::exec
