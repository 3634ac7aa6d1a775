// The printing of constant values and Go types in C++.
#include <gtest/gtest.h>

#include "emit/constants.hpp"
#include "emit/types.hpp"
#include "emit/unsupported.hpp"
#include "types/object.hpp"

namespace {

using types::BasicKind;
using types::Constant;

struct Basics {
  types::Basic intT{BasicKind::Int, "int"};
  types::Basic int8T{BasicKind::Int8, "int8"};
  types::Basic uint8T{BasicKind::Uint8, "uint8"};
  types::Basic uint64T{BasicKind::Uint64, "uint64"};
  types::Basic int64T{BasicKind::Int64, "int64"};
  types::Basic float64T{BasicKind::Float64, "float64"};
  types::Basic float32T{BasicKind::Float32, "float32"};
  types::Basic stringT{BasicKind::String, "string"};
  types::Basic boolT{BasicKind::Bool, "bool"};
  types::Basic untypedInt{BasicKind::UntypedInt, "untyped int"};
  types::Basic untypedRune{BasicKind::UntypedRune, "untyped rune"};
  types::Basic untypedFloat{BasicKind::UntypedFloat, "untyped float"};
  types::Basic complexT{BasicKind::Complex128, "complex128"};
};

std::string typed(const Constant& c, const types::Type* t) { return emit::typedConstant(c, t, nullptr, {}); }

TEST(EmitConstants, IntegersCarryTheirType) {
  Basics b;
  EXPECT_EQ(typed(Constant::makeInt64(42), &b.intT), "go::int_(42)");
  EXPECT_EQ(typed(Constant::makeInt64(-7), &b.int8T), "go::int8(-7)");
  EXPECT_EQ(typed(Constant::makeInt64(255), &b.uint8T), "go::uint8(255)");
  // Untyped constants print with their default type.
  EXPECT_EQ(typed(Constant::makeInt64(1), &b.untypedInt), "go::int_(1)");
  EXPECT_EQ(typed(Constant::makeInt64('a'), &b.untypedRune), "go::int32(97)");
}

TEST(EmitConstants, LiteralsBeyondIntGetSuffixes) {
  Basics b;
  EXPECT_EQ(typed(Constant::makeInt64(1LL << 40), &b.intT), "go::int_(1099511627776LL)");
  EXPECT_EQ(typed(Constant::makeInt(types::BigInt("18446744073709551615")), &b.uint64T),
            "go::uint64(18446744073709551615ULL)");
  EXPECT_EQ(typed(Constant::makeInt64(INT64_MIN), &b.int64T), "go::int64((-9223372036854775807LL - 1))");
  EXPECT_EQ(typed(Constant::makeInt64(2147483647), &b.intT), "go::int_(2147483647)");
  EXPECT_EQ(typed(Constant::makeInt64(-2147483648LL), &b.intT), "go::int_(-2147483648LL)");
}

TEST(EmitConstants, FloatsAreShortestRoundTrip) {
  Basics b;
  EXPECT_EQ(typed(Constant::makeFloat(types::BigRat(314, 100)), &b.float64T), "3.14");
  EXPECT_EQ(typed(Constant::makeFloat(types::BigRat(1, 3)), &b.float64T), "0.3333333333333333");
  EXPECT_EQ(typed(Constant::makeInt64(2), &b.float64T), "2.0");
  EXPECT_EQ(typed(Constant::makeFloat(types::BigRat(1, 10)), &b.untypedFloat), "0.1");
  EXPECT_EQ(typed(Constant::makeFloat(types::BigRat(1, 10)), &b.float32T), "0.1f");
  EXPECT_EQ(typed(Constant::makeInt(types::BigInt("1000000000000000000000")), &b.float64T), "1e+21");
}

TEST(EmitConstants, StringsAndBools) {
  Basics b;
  EXPECT_EQ(typed(Constant::makeString("hi\n\"x\"\\"), &b.stringT), "go::string(\"hi\\n\\\"x\\\"\\\\\")");
  EXPECT_EQ(typed(Constant::makeBool(true), &b.boolT), "true");
  EXPECT_EQ(typed(Constant::makeBool(false), &b.boolT), "false");
}

TEST(EmitConstants, NonAsciiAndControlBytesAreOctalEscapes) {
  // é is two bytes; octal escapes cannot run into a following digit.
  EXPECT_EQ(emit::cppStringLiteral("h\xc3\xa9" "1"), "\"h\\303\\2511\"");
  EXPECT_EQ(emit::cppStringLiteral(std::string("a\0b", 3)), "\"a\\000b\"");
  EXPECT_EQ(emit::cppStringLiteral("\t\r\x7f"), "\"\\t\\r\\177\"");
}

TEST(EmitConstants, ComplexConstantsAreTheirParts) {
  Basics b;
  EXPECT_EQ(typed(Constant::makeComplex(1, 2), &b.complexT), "go::complex128(1.0, 2.0)");
}

TEST(EmitTypes, BasicCompositeAndTupleSpellings) {
  Basics b;
  types::Slice sliceOfInt(&b.intT);
  types::Array arrayOfByte(&b.uint8T, 4);
  types::Pointer ptrToSlice(&sliceOfInt);
  EXPECT_EQ(emit::typeName(&b.intT, nullptr, {}), "go::int_");
  EXPECT_EQ(emit::typeName(&b.stringT, nullptr, {}), "go::string");
  EXPECT_EQ(emit::typeName(&b.boolT, nullptr, {}), "bool");
  EXPECT_EQ(emit::typeName(&sliceOfInt, nullptr, {}), "go::slice<go::int_>");
  EXPECT_EQ(emit::typeName(&arrayOfByte, nullptr, {}), "go::array<go::uint8, 4>");
  EXPECT_EQ(emit::typeName(&ptrToSlice, nullptr, {}), "go::slice<go::int_>*");

  types::Object r1(types::ObjectKind::Var, "q", &b.intT, {});
  types::Object r2(types::ObjectKind::Var, "s", &b.stringT, {});
  types::Tuple results;
  results.vars = {&r1, &r2};
  EXPECT_EQ(emit::typeName(&results, nullptr, {}), "std::tuple<go::int_, go::string>");
}

TEST(EmitTypes, NamedTypesAreQualifiedOutsideTheirPackage) {
  types::Package mainPkg;
  mainPkg.path = mainPkg.name = "main";
  types::Package geo;
  geo.path = "example/geo";
  geo.name = "geo";
  types::Named point;
  types::Object obj(types::ObjectKind::TypeName, "Point", &point, {});
  obj.pkg = &geo;
  point.obj = &obj;
  EXPECT_EQ(emit::typeName(&point, &geo, {}), "Point");
  // One namespace per import path element: packages with the same name
  // (math/rand, crypto/rand) stay apart.
  EXPECT_EQ(emit::typeName(&point, &mainPkg, {}), "example::geo::Point");
}

TEST(EmitTypes, QualifiersStartAtTheGlobalNamespaceWhenATypeHidesIt) {
  // package main declares `type example int`: C++ would find main_::example
  // before the namespace example, so the qualifier must start with ::.
  types::Scope scope(nullptr);
  types::Package mainPkg;
  mainPkg.path = mainPkg.name = "main";
  mainPkg.scope = &scope;
  types::Package geo;
  geo.path = "example/geo";
  geo.name = "geo";
  EXPECT_EQ(emit::packageQualifier(&geo, &mainPkg), "example::geo::");
  types::Object hider(types::ObjectKind::TypeName, "example", nullptr, {});
  scope.insert(&hider);
  EXPECT_EQ(emit::packageQualifier(&geo, &mainPkg), "::example::geo::");
  EXPECT_EQ(emit::packageQualifier(&geo, &geo), "");
}

TEST(EmitTypes, SmallIntegersAreTheOnesCppPromotes) {
  Basics b;
  EXPECT_TRUE(emit::isSmallInteger(&b.int8T));
  EXPECT_TRUE(emit::isSmallInteger(&b.uint8T));
  EXPECT_FALSE(emit::isSmallInteger(&b.intT));
  EXPECT_FALSE(emit::isSmallInteger(&b.float64T));
  EXPECT_EQ(emit::integerBits(&b.uint64T), 64);
}

TEST(EmitTypes, MapsAreRuntimeMapsOfKeysTheRuntimeCanHash) {
  Basics b;
  types::Map m(&b.stringT, &b.intT);
  EXPECT_EQ(emit::typeName(&m, nullptr, {}), "go::map<go::string, go::int_>");
  types::Array pair(&b.float64T, 2);
  types::Map byPair(&pair, &m);
  EXPECT_EQ(emit::typeName(&byPair, nullptr, {}), "go::map<go::array<go::float64, 2>, go::map<go::string, go::int_>>");
  types::Map byComplex(&b.complexT, &b.intT);
  EXPECT_EQ(emit::typeName(&byComplex, nullptr, {}), "go::map<go::complex128, go::int_>");
}

}  // namespace
