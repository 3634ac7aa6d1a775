// This file implements the driver's file-system helpers on POSIX calls, so
// that error texts can be worded exactly as the `go` command words them
// ("stat x.go: no such file or directory").
#include "cli/fileio.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli/failure.hpp"

namespace cli {

std::string errnoText(int err) {
  std::string text = std::strerror(err);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

void checkInputsExist(const std::vector<std::string>& files) {
  for (const auto& file : files) {
    struct stat st;
    if (::stat(file.c_str(), &st) != 0) throw UsageError("stat " + file + ": " + errnoText(errno));
    if (S_ISDIR(st.st_mode)) throw UsageError("read " + file + ": is a directory");
  }
}

std::string readFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Failure(kExitErrors, "open " + path + ": " + errnoText(errno));
  std::string text;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw Failure(kExitErrors, "read " + path + ": " + errnoText(err));
    }
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return text;
}

void writeFileAtomically(const std::string& path, std::string_view text, unsigned mode) {
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) throw Failure(kExitErrors, "open " + tmp + ": " + errnoText(errno));
  const char* p = text.data();
  size_t left = text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw Failure(kExitErrors, "write " + tmp + ": " + errnoText(err));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw Failure(kExitErrors, "rename " + tmp + " " + path + ": " + errnoText(err));
  }
}

std::string makeTempDir(const std::string& parent, const std::string& prefix) {
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  std::string pattern = joinPath(parent, prefix + "XXXXXX");
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw Failure(kExitErrors, "mkdir " + pattern + ": " + errnoText(errno));
  }
  return pattern;
}

void removeTree(const std::string& path) {
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
}

std::string tempRoot() {
  const char* tmp = std::getenv("TMPDIR");
  return (tmp && *tmp) ? tmp : "/tmp";
}

std::string selfExePath() {
  std::error_code ec;
  auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) throw Failure(kExitErrors, "cannot locate the go2cpp binary: readlink /proc/self/exe: " +
                                         ec.message());
  return path.string();
}

std::string FileStamp::str() const {
  if (!exists) return "missing";
  return "size=" + std::to_string(size) + " mtime=" + std::to_string(mtimeNs);
}

FileStamp stampOf(const std::string& path) {
  struct stat st;
  FileStamp stamp;
  if (::stat(path.c_str(), &st) != 0) return stamp;
  stamp.exists = true;
  stamp.size = st.st_size;
  stamp.mtimeNs = int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return stamp;
}

std::string dirName(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string baseName(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string joinPath(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

bool isDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace cli
