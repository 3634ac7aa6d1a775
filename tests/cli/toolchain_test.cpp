// Unit tests of the toolchain config reader and the compiler command lines
// built from it.
#include "cli/toolchain.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "cli/failure.hpp"

namespace cli {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Toolchain, ParsesItemsAndExpandsPrefix) {
  ::unsetenv("CXX");
  ::unsetenv("GO2CPP_CXXFLAGS");
  Toolchain tc = parseToolchain("tc.txt",
                                "# comment\n"
                                "cxxflag -std=c++20\n"
                                "\n"
                                "include ${prefix}/include/go2cpp\n"
                                "rtlib   ${prefix}/lib/libgo2cpp_rt.a\n"
                                "link -pthread\n"
                                "link gc\n"
                                "link /usr/lib/libbacktrace.a\n",
                                "/opt/g2c");
  EXPECT_EQ(tc.compiler, std::vector<std::string>{"c++"});
  EXPECT_EQ(tc.cxxFlags, std::vector<std::string>{"-std=c++20"});
  EXPECT_EQ(tc.includeDirs, std::vector<std::string>{"/opt/g2c/include/go2cpp"});
  EXPECT_EQ(tc.rtlibArchive, "/opt/g2c/lib/libgo2cpp_rt.a");
  EXPECT_EQ(tc.linkArgs, (std::vector<std::string>{"-pthread", "-lgc", "/usr/lib/libbacktrace.a"}));
}

TEST(Toolchain, CompilerAndExtraFlagsFromEnvironment) {
  ::setenv("CXX", "ccache g++-12", 1);
  ::setenv("GO2CPP_CXXFLAGS", "-O0  -Wall", 1);
  Toolchain tc = parseToolchain("tc.txt", "rtlib /r.a\n", "/");
  ::unsetenv("CXX");
  ::unsetenv("GO2CPP_CXXFLAGS");
  EXPECT_EQ(tc.compiler, (std::vector<std::string>{"ccache", "g++-12"}));
  auto cmd = compileCommand(tc, "a.go.cpp", "a.o");
  EXPECT_EQ(cmd[0], "ccache");
  // The user's flags come after the defaults, so -O0 wins over -O2.
  auto o2 = std::find(cmd.begin(), cmd.end(), "-O2");
  auto o0 = std::find(cmd.begin(), cmd.end(), "-O0");
  ASSERT_NE(o2, cmd.end());
  ASSERT_NE(o0, cmd.end());
  EXPECT_LT(o2, o0);
}

TEST(Toolchain, CommandLines) {
  ::unsetenv("CXX");
  ::unsetenv("GO2CPP_CXXFLAGS");
  Toolchain tc = parseToolchain(
      "tc.txt", "cxxflag -fwrapv\ninclude /inc\npreinclude go/runtime.hpp\nrtlib /r.a\nlink -lgc\n", "/");
  auto compile = compileCommand(tc, "/w/a.go.cpp", "/w/a.o");
  EXPECT_TRUE(contains(compile, "-fwrapv"));
  EXPECT_TRUE(contains(compile, "-I/inc"));
  EXPECT_TRUE(contains(compile, "-g"));
  auto include = std::find(compile.begin(), compile.end(), "-include");
  ASSERT_NE(include, compile.end());
  EXPECT_EQ(*(include + 1), "go/runtime.hpp");
  EXPECT_EQ(std::vector<std::string>(compile.end() - 4, compile.end()),
            (std::vector<std::string>{"-c", "/w/a.go.cpp", "-o", "/w/a.o"}));
  auto link = linkCommand(tc, {"/w/a.o", "/w/b.o"}, "/w/prog");
  // Objects before the archive, the archive before its own dependencies.
  auto obj = std::find(link.begin(), link.end(), "/w/b.o");
  auto archive = std::find(link.begin(), link.end(), "/r.a");
  auto gc = std::find(link.begin(), link.end(), "-lgc");
  EXPECT_LT(obj, archive);
  EXPECT_LT(archive, gc);
}

TEST(Toolchain, RejectsMalformedConfigs) {
  EXPECT_THROW(parseToolchain("tc.txt", "cxxflag -O2\n", "/"), Failure);  // no rtlib
  try {
    parseToolchain("tc.txt", "rtlib /r.a\nfrobnicate yes\n", "/");
    FAIL() << "no Failure";
  } catch (const Failure& e) {
    EXPECT_STREQ(e.what(), "tc.txt:2: unknown toolchain item \"frobnicate\"");
  }
  EXPECT_THROW(parseToolchain("tc.txt", "rtlib\n", "/"), Failure);
}

}  // namespace
}  // namespace cli
