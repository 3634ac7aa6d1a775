// Unit tests of cli::parseArgs: verbs, flag spellings and placement, and
// where `go2cpp run` stops reading files and starts the program's arguments.
#include "cli/args.hpp"

#include <gtest/gtest.h>

namespace cli {
namespace {

using Args = std::vector<std::string>;

TEST(ParseArgs, BareGoFilesMeanTranslate) {
  Invocation inv = parseArgs({"a.go", "b.go", "-o", "out"});
  EXPECT_EQ(inv.verb, Verb::Translate);
  EXPECT_EQ(inv.files, (Args{"a.go", "b.go"}));
  EXPECT_EQ(inv.output, "out");
}

TEST(ParseArgs, FlagValueForms) {
  EXPECT_EQ(parseArgs({"build", "-o=x", "a.go"}).output, "x");
  EXPECT_EQ(parseArgs({"build", "--o", "y", "a.go"}).output, "y");
  EXPECT_TRUE(parseArgs({"emit", "--no-line", "a.go"}).noLineDirectives);
  EXPECT_TRUE(parseArgs({"emit", "-no-line", "a.go"}).noLineDirectives);
  EXPECT_FALSE(parseArgs({"emit", "-v=false", "a.go"}).verbose);
  EXPECT_THROW(parseArgs({"emit", "-v=maybe", "a.go"}), UsageError);
}

TEST(ParseArgs, VerboseBeforeOrAfterTheVerb) {
  EXPECT_TRUE(parseArgs({"-v", "run", "a.go"}).verbose);
  EXPECT_TRUE(parseArgs({"run", "-v", "a.go"}).verbose);
  EXPECT_TRUE(parseArgs({"parse", "a.go", "-v"}).verbose);
  EXPECT_EQ(parseArgs({"-v", "run", "a.go"}).verb, Verb::Run);
}

TEST(ParseArgs, UnknownFlagsAndCommands) {
  try {
    parseArgs({"-x"});
    FAIL() << "no UsageError";
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(), "unknown flag -x");
    EXPECT_EQ(e.status(), 2);
  }
  EXPECT_THROW(parseArgs({"parse", "-o", "x", "a.go"}), UsageError);  // -o is not parse's
  EXPECT_THROW(parseArgs({"-o", "x", "parse", "a.go"}), UsageError);
  EXPECT_THROW(parseArgs({"build", "a.go", "-o"}), UsageError);       // value missing
  EXPECT_THROW(parseArgs({"frobnicate"}), UsageError);
  EXPECT_THROW(parseArgs({"version", "extra"}), UsageError);
}

TEST(ParseArgs, DoubleDashEndsFlags) {
  Invocation inv = parseArgs({"parse", "--", "-weird.go", "a.go"});
  EXPECT_EQ(inv.files, (Args{"-weird.go", "a.go"}));
}

TEST(ParseArgs, RunArgumentsAfterDoubleDash) {
  Invocation inv = parseArgs({"run", "a.go", "b.go", "--", "x", "-v", "--"});
  EXPECT_EQ(inv.verb, Verb::Run);
  EXPECT_EQ(inv.files, (Args{"a.go", "b.go"}));
  EXPECT_EQ(inv.programArgs, (Args{"x", "-v", "--"}));
  EXPECT_FALSE(inv.verbose);  // -v after the files belongs to the program
}

TEST(ParseArgs, RunArgumentsStartAtFirstNonGoArgument) {
  // As `go run`: flags stop at the first file; files stop at the first
  // argument that is not a .go file.
  Invocation inv = parseArgs({"run", "-a", "main.go", "input.txt", "-o", "z.go"});
  EXPECT_TRUE(inv.forceRebuild);
  EXPECT_EQ(inv.files, (Args{"main.go"}));
  EXPECT_EQ(inv.programArgs, (Args{"input.txt", "-o", "z.go"}));
}

TEST(ParseArgs, HelpForms) {
  Invocation none = parseArgs({});
  EXPECT_EQ(none.verb, Verb::Help);
  EXPECT_TRUE(none.missingCommand);
  Invocation topic = parseArgs({"help", "run"});
  EXPECT_EQ(topic.helpTopic, "run");
  EXPECT_FALSE(topic.missingCommand);
  Invocation flag = parseArgs({"build", "-h"});
  EXPECT_EQ(flag.verb, Verb::Build);
  EXPECT_TRUE(flag.wantsHelp);
}

}  // namespace
}  // namespace cli
