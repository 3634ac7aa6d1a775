// This file implements the mangling of Go names into C++ (see names.hpp).
#include "emit/names.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace emit {

namespace {

// C++20 keywords and alternative tokens, plus names that are macros or
// typedefs in the headers emitted code includes (assert, errno, NULL, EOF, SEEK_SET,
// stdin, int64_t...). Go's own keywords (go, func, ...) cannot be
// identifiers, so they never appear. Sorted, for binary search.
constexpr std::string_view kReserved[] = {
    "EOF", "NULL", "SEEK_CUR", "SEEK_END", "SEEK_SET", "alignas", "alignof", "and", "and_eq", "asm", "assert", "auto", "bitand", "bitor",
    "bool", "catch", "char", "char16_t", "char32_t", "char8_t", "class", "co_await", "co_return",
    "co_yield", "compl", "concept", "const_cast", "consteval", "constexpr", "constinit", "decltype",
    "delete", "do", "double", "dynamic_cast", "enum", "errno", "explicit", "export", "extern", "false",
    "float", "friend", "inline", "int", "int16_t", "int32_t", "int64_t", "int8_t", "long", "mutable",
    "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "offsetof", "operator", "or", "or_eq",
    "private", "protected", "public", "register", "reinterpret_cast", "requires", "setjmp", "short",
    "signed", "size_t", "sizeof", "static", "static_assert", "static_cast", "std", "stderr", "stdin",
    "stdout", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid",
    "typename", "uint16_t", "uint32_t", "uint64_t", "uint8_t", "union", "unsigned", "using", "va_arg",
    "va_end", "va_start", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
};

// The errno macros of <cerrno> (which <string> includes): Go's syscall
// declares constants of these names. Sorted, for binary search.
constexpr std::string_view kErrnoMacros[] = {
    "E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EADV", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
    "EBADE", "EBADF", "EBADFD", "EBADMSG", "EBADR", "EBADRQC", "EBADSLT", "EBFONT", "EBUSY",
    "ECANCELED", "ECHILD", "ECHRNG", "ECOMM", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
    "EDEADLK", "EDEADLOCK", "EDESTADDRREQ", "EDOM", "EDOTDOT", "EDQUOT", "EEXIST", "EFAULT",
    "EFBIG", "EHOSTDOWN", "EHOSTUNREACH", "EHWPOISON", "EIDRM", "EILSEQ", "EINPROGRESS", "EINTR",
    "EINVAL", "EIO", "EISCONN", "EISDIR", "EISNAM", "EKEYEXPIRED", "EKEYREJECTED", "EKEYREVOKED",
    "EL2HLT", "EL2NSYNC", "EL3HLT", "EL3RST", "ELIBACC", "ELIBBAD", "ELIBEXEC", "ELIBMAX",
    "ELIBSCN", "ELNRNG", "ELOOP", "EMEDIUMTYPE", "EMFILE", "EMLINK", "EMSGSIZE", "EMULTIHOP",
    "ENAMETOOLONG", "ENAVAIL", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOANO",
    "ENOBUFS", "ENOCSI", "ENODATA", "ENODEV", "ENOENT", "ENOEXEC", "ENOKEY", "ENOLCK", "ENOLINK",
    "ENOMEDIUM", "ENOMEM", "ENOMSG", "ENONET", "ENOPKG", "ENOPROTOOPT", "ENOSPC", "ENOSR", "ENOSTR",
    "ENOSYS", "ENOTBLK", "ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTNAM", "ENOTRECOVERABLE",
    "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENOTUNIQ", "ENXIO", "EOPNOTSUPP", "EOVERFLOW", "EOWNERDEAD",
    "EPERM", "EPFNOSUPPORT", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE",
    "EREMCHG", "EREMOTE", "EREMOTEIO", "ERESTART", "ERFKILL", "EROFS", "ESHUTDOWN",
    "ESOCKTNOSUPPORT", "ESPIPE", "ESRCH", "ESRMNT", "ESTALE", "ESTRPIPE", "ETIME", "ETIMEDOUT",
    "ETOOMANYREFS", "ETXTBSY", "EUCLEAN", "EUNATCH", "EUSERS", "EWOULDBLOCK", "EXDEV", "EXFULL"
};

// The macro families of <signal.h> (SIGCHLD, SIG_IGN, SIGRTMIN...),
// <sys/stat.h> (S_IFMT, S_ISUID...) and <sys/mman.h> (PROT_READ,
// MAP_ANON, MADV_DONTNEED...), which natives include: Go's syscall
// declares constants of these names.
bool isMacroFamily(std::string_view name) {
  size_t prefix = 0;
  for (std::string_view p : {"SIG", "S_I", "PROT_", "MAP_", "MADV_"})
    if (name.starts_with(p)) prefix = p.size();
  if (prefix == 0 || name.size() <= prefix) return false;
  return std::all_of(name.begin() + prefix, name.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'; });
}

}  // namespace

bool isReservedInCpp(std::string_view name) {
  return std::binary_search(std::begin(kReserved), std::end(kReserved), name) ||
         std::binary_search(std::begin(kErrnoMacros), std::end(kErrnoMacros), name) || isMacroFamily(name);
}

std::string cppName(std::string_view goName) {
  std::string n(goName);
  // A Go name that already reads "class_" could meet an escaped "class";
  // that needs both in one scope, which real programs do not do.
  if (isReservedInCpp(n)) n += '_';
  // Double underscores anywhere are reserved to the C++ implementation.
  for (size_t i; (i = n.find("__")) != std::string::npos;) n.replace(i, 2, "_0_");
  return n;
}

std::string namespaceName(std::string_view packageName) {
  std::string n(packageName);
  // log, time, index, sync and syscall are functions of the C library that
  // the standard C++ headers declare in the global namespace, where a
  // namespace of the same name cannot live.
  if (n == "main" || n == "std" || n == "go" || n == "boost" || n == "detail" || n == "log" || n == "time" ||
      n == "index" || n == "sync" || n == "syscall" || isReservedInCpp(n)) {
    if (n.back() != '_') n += '_';
  }
  return n;
}

std::string packageNamespace(std::string_view importPath) {
  std::string ns;
  size_t start = 0;
  while (start <= importPath.size()) {
    size_t slash = importPath.find('/', start);
    if (slash == std::string_view::npos) slash = importPath.size();
    std::string element(importPath.substr(start, slash - start));
    // Path elements may hold characters C++ identifiers cannot (go-cmp, x.y).
    for (char& c : element)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) c = '_';
    if (!ns.empty()) ns += "::";
    ns += namespaceName(element);
    start = slash + 1;
  }
  return ns;
}

}  // namespace emit
