// Unit tests of interface values (go/iface.hpp) and descriptor walking
// (go/typedesc.hpp): boxing and unboxing, nil interfaces versus interfaces
// holding nil pointers, ==, type assertions with gc's panic texts, itabs
// built from method tables, and fmt printing a described struct.
#include <gtest/gtest.h>

#include <cstddef>

#include "fmt/fmt.hpp"
#include "go/runtime.hpp"

namespace {

using go::int_;

std::string S(go::string s) { return std::string(go::view(s)); }

// What the emitter prints for `type Point struct { X, Y int }` with a
// String() method and `type Stringer interface { String() string }`.
struct Point {
  int_ X{}, Y{};
  go::string String() const { return fmt::cpp::Sprintf("(%d,%d)", X, Y); }
};
const go::field_desc Point_fields[] = {
    {"X", &go::int_type, offsetof(Point, X), false, true},
    {"Y", &go::int_type, offsetof(Point, Y), false, true},
};
const go::method_desc Point_methods[] = {
    {"String", "func() string", go::method_fn(+[](void* p) { return static_cast<Point*>(p)->String(); })},
};
const go::type_desc Point_type = [] {
  go::type_desc t;
  t.k = go::kind::struct_;
  t.name = "main.Point";
  t.size = sizeof(Point);
  t.named = true;
  t.fields = Point_fields;
  t.nfields = 2;
  t.methods = Point_methods;
  t.nmethods = 1;
  return t;
}();
const go::type_desc PointPtr_type = [] {
  go::type_desc t;
  t.k = go::kind::pointer;
  t.name = "*main.Point";
  t.size = 8;
  t.elem = &Point_type;
  t.methods = Point_methods;  // (not the real thunks for *Point, but enough for itab tests)
  t.nmethods = 1;
  return t;
}();
const go::imethod_desc Stringer_methods[] = {{"String", "func() string"}};
const go::type_desc Stringer_type = [] {
  go::type_desc t;
  t.k = go::kind::interface;
  t.name = "main.Stringer";
  t.size = sizeof(go::iface);
  t.named = true;
  t.imethods = Stringer_methods;
  t.nimethods = 1;
  return t;
}();
struct Stringer : go::iface {
  using go::iface::iface;
  explicit Stringer(const go::any& v) : go::iface(Stringer_type, v) {}
  go::string String() const { return call<go::string>(0); }
};

std::string panic_text(void (*f)()) {
  try {
    f();
  } catch (const go::panic_error& p) {
    return p.text();
  }
  return "no panic";
}

TEST(RtIface, BoxAndUnbox) {
  go::any a = int_(42);
  EXPECT_EQ(a.type, &go::int_type);
  EXPECT_EQ(go::unbox<int_>(a), 42);
  go::any s = go::string("hi");
  EXPECT_EQ(S(go::unbox<go::string>(s)), "hi");
  Point p{1, 2};
  go::any ap = go::box(PointPtr_type, &p);
  EXPECT_EQ(ap.data, &p);  // pointers travel in the data word
  EXPECT_EQ(go::unbox<Point*>(ap), &p);
  go::any v = go::box(Point_type, p);
  EXPECT_NE(v.data, &p);  // values are copied
  EXPECT_EQ(go::unbox<Point>(v).Y, 2);
}

TEST(RtIface, NilInterfaceVersusNilPointer) {
  go::any none;
  EXPECT_TRUE(go::is_nil(none));
  go::any nil_ptr = go::box(PointPtr_type, static_cast<Point*>(nullptr));
  EXPECT_FALSE(go::is_nil(nil_ptr));
  EXPECT_FALSE(go::equal(none, nil_ptr));
}

TEST(RtIface, Equality) {
  EXPECT_TRUE(go::equal(go::any(int_(3)), go::any(int_(3))));
  EXPECT_FALSE(go::equal(go::any(int_(3)), go::any(go::int64(3))));  // different dynamic types
  EXPECT_TRUE(go::equal(go::box(Point_type, Point{1, 2}), go::box(Point_type, Point{1, 2})));
  EXPECT_FALSE(go::equal(go::box(Point_type, Point{1, 2}), go::box(Point_type, Point{1, 3})));
  EXPECT_FALSE(go::equal(go::any(0.0 / 0.0), go::any(0.0 / 0.0)));  // NaN
  EXPECT_EQ(panic_text([] {
              go::any x = go::box(go::type_of<go::slice<int_>>(), go::slice<int_>{});
              go::equal(x, x);
            }),
            "runtime error: comparing uncomparable type []int");
  EXPECT_EQ(panic_text([] {
              go::any x = go::box(go::type_of<go::slice<int_>>(), go::slice<int_>{});
              go::hash_value(&go::any_type, &x, 0);
            }),
            "runtime error: hash of unhashable type []int");
}

TEST(RtIface, TypeAssertions) {
  go::any s = go::string("x");
  EXPECT_EQ(panic_text([] { go::assert_type<int_>(go::any(go::string("x")), go::int_type, go::any_type); }),
            "interface conversion: interface {} is string, not int");
  EXPECT_EQ(panic_text([] { go::assert_type<int_>(go::any(), go::int_type, go::any_type); }),
            "interface conversion: interface {} is nil, not int");
  auto [v, ok] = go::assert_type_ok<int_>(s, go::int_type);
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
  EXPECT_EQ(panic_text([] { go::assert_iface<Stringer>(go::any(int_(1)), Stringer_type); }),
            "interface conversion: int is not main.Stringer: missing method String");
  EXPECT_EQ(panic_text([] { go::assert_iface<Stringer>(go::any(), Stringer_type); }),
            "interface conversion: interface is nil, not main.Stringer");
  auto [st, sok] = go::assert_iface_ok<Stringer>(go::box(Point_type, Point{3, 4}), Stringer_type);
  ASSERT_TRUE(sok);
  EXPECT_EQ(S(st.String()), "(3,4)");
  EXPECT_TRUE(go::is_type(st, Point_type));
  EXPECT_TRUE(go::implements(&Point_type, Stringer_type));
  EXPECT_FALSE(go::implements(&go::int_type, Stringer_type));
}

TEST(RtIface, DynamicCall) {
  Stringer s(go::box(Point_type, Point{5, 6}));
  EXPECT_EQ(S(s.String()), "(5,6)");
  go::any back = s;
  EXPECT_EQ(back.type, &Point_type);
  Stringer none;
  EXPECT_EQ(panic_text([] { Stringer().String(); }),
            "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_TRUE(go::is_nil(none));
}

TEST(RtIface, FmtUsesDescriptorsAndMethods) {
  Point p{1, 2};
  EXPECT_EQ(S(fmt::cpp::Sprint(go::box(Point_type, p))), "(1,2)");  // String() wins
  EXPECT_EQ(S(fmt::cpp::Sprintf("%d", go::box(Point_type, p))), "{1 2}");
  EXPECT_EQ(S(fmt::cpp::Sprintf("%+d|%#v|%T", go::box(Point_type, p), go::box(Point_type, p), go::box(PointPtr_type, &p))),
            "{+1 +2}|main.Point{X:1, Y:2}|*main.Point");
  EXPECT_EQ(S(fmt::cpp::Sprintln(go::any(), go::box(go::type_of<go::slice<go::any>>(), go::slice<go::any>{}))), "<nil> []\n");
}

}  // namespace
