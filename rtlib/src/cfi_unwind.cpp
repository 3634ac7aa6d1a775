// This file implements unwind_saved (cfi_unwind.hpp): a DWARF call-frame
// interpreter for the rules GCC emits on x86-64 (CFA = register + offset,
// registers saved at CFA + offset), enough to walk from a parked
// goroutine's registers to its first frame. A pc's frame description is
// found in the .eh_frame_hdr table of the object holding it (the objects
// are listed once), else by libgcc, as for exceptions. Anything outside
// those rules (a CFA computed by an expression, as in functions that
// realign their stack) ends the walk there.
#include "cfi_unwind.hpp"

#include <elf.h>
#include <link.h>
#include <sys/uio.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <initializer_list>

namespace go::internal {

namespace {

// One loaded object: where its code lies and its .eh_frame_hdr (the
// linker's sorted table of FDEs; go2cpp links programs with one).
struct loaded_object {
  uintptr code_lo = 0, code_hi = 0;
  const unsigned char* eh_frame_hdr = nullptr;
};
constexpr int max_objects = 64;
loaded_object objects[max_objects];
std::atomic<int> object_count{0};
std::once_flag objects_listed;

int note_object(dl_phdr_info* info, std::size_t, void*) {
  int n = object_count.load(std::memory_order_relaxed);
  if (n == max_objects) return 1;
  loaded_object o;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr start = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_GNU_EH_FRAME) o.eh_frame_hdr = reinterpret_cast<const unsigned char*>(start);
    if (ph.p_type == PT_LOAD && (ph.p_flags & PF_X) != 0) {
      if (o.code_lo == 0 || start < o.code_lo) o.code_lo = start;
      if (start + ph.p_memsz > o.code_hi) o.code_hi = start + ph.p_memsz;
    }
  }
  if (o.eh_frame_hdr != nullptr && o.code_hi != 0) {
    objects[n] = o;
    object_count.store(n + 1, std::memory_order_release);
  }
  return 0;
}

// libgcc's lookup of the FDE covering a pc (unwind-dw2-fde.h): it knows
// every object, static or shared, with or without an .eh_frame_hdr, but
// takes locks.
struct dwarf_eh_bases {
  void* tbase;
  void* dbase;
  void* func;
};
extern "C" const void* _Unwind_Find_FDE(void* pc, dwarf_eh_bases* bases);

// DWARF pointer encodings (DW_EH_PE_*).
constexpr unsigned char pe_omit = 0xff;
constexpr unsigned char pe_pcrel = 0x10, pe_datarel = 0x30, pe_indirect = 0x80;

uint64 read_uleb(const unsigned char*& p) {
  uint64 v = 0;
  int shift = 0;
  unsigned char b;
  do {
    b = *p++;
    if (shift < 64) v |= static_cast<uint64>(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  return v;
}

int64 read_sleb(const unsigned char*& p) {
  int64 v = 0;
  int shift = 0;
  unsigned char b;
  do {
    b = *p++;
    if (shift < 64) v |= static_cast<int64>(b & 0x7f) << shift;
    shift += 7;
  } while (b & 0x80);
  if (shift < 64 && (b & 0x40)) v |= -(int64(1) << shift);
  return v;
}

template <typename T>
T read_raw(const unsigned char*& p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  p += sizeof v;
  return v;
}

// An encoded pointer; data_base is the base of datarel (the hdr's start).
bool read_encoded(const unsigned char*& p, unsigned char enc, uintptr data_base, uintptr& out) {
  if (enc == pe_omit) return false;
  const unsigned char* at = p;
  uintptr v;
  switch (enc & 0x0f) {
    case 0x00: v = read_raw<uint64>(p); break;
    case 0x01: v = read_uleb(p); break;
    case 0x02: v = read_raw<uint16>(p); break;
    case 0x03: v = read_raw<uint32>(p); break;
    case 0x04: v = read_raw<uint64>(p); break;
    case 0x09: v = static_cast<uintptr>(read_sleb(p)); break;
    case 0x0a: v = static_cast<uintptr>(static_cast<int64>(read_raw<int16>(p))); break;
    case 0x0b: v = static_cast<uintptr>(static_cast<int64>(read_raw<int32>(p))); break;
    case 0x0c: v = static_cast<uintptr>(read_raw<int64>(p)); break;
    default: return false;
  }
  if (v == 0 && (enc & 0x70) != 0) {
    out = 0;
    return true;
  }
  switch (enc & 0x70) {
    case 0x00: break;
    case pe_pcrel: v += reinterpret_cast<uintptr>(at); break;
    case pe_datarel: v += data_base; break;
    default: return false;
  }
  if (enc & pe_indirect) v = *reinterpret_cast<const uintptr*>(v);
  out = v;
  return true;
}

// The FDE covering pc from its object's .eh_frame_hdr table: no lock, no
// allocation, so a signal handler may ask.
const unsigned char* find_fde_in_table(uintptr pc) {
  const loaded_object* obj = nullptr;
  int n = object_count.load(std::memory_order_acquire);
  for (int i = 0; i < n; i++) {
    if (pc >= objects[i].code_lo && pc < objects[i].code_hi) obj = &objects[i];
  }
  if (obj == nullptr) return nullptr;
  const unsigned char* hdr = obj->eh_frame_hdr;
  if (hdr[0] != 1) return nullptr;
  unsigned char frame_enc = hdr[1], count_enc = hdr[2], table_enc = hdr[3];
  const unsigned char* p = hdr + 4;
  uintptr base = reinterpret_cast<uintptr>(hdr), eh_frame, count;
  if (!read_encoded(p, frame_enc, base, eh_frame) || !read_encoded(p, count_enc, base, count)) return nullptr;
  // GNU ld, gold and lld all write datarel sdata4 pairs.
  if (table_enc != (pe_datarel | 0x0b) || count == 0) return nullptr;
  const auto* table = reinterpret_cast<const int32*>(p);
  auto entry = [&](uintptr i) { return base + static_cast<uintptr>(static_cast<int64>(table[i])); };
  uintptr lo = 0, hi = count;
  while (hi - lo > 1) {
    uintptr mid = (lo + hi) / 2;
    if (entry(2 * mid) <= pc) lo = mid;
    else hi = mid;
  }
  if (entry(2 * lo) > pc) return nullptr;
  return reinterpret_cast<const unsigned char*>(entry(2 * lo + 1));
}

const unsigned char* find_fde(uintptr pc, bool in_signal_handler) {
  if (const unsigned char* fde = find_fde_in_table(pc)) return fde;
  if (in_signal_handler) return nullptr;
  dwarf_eh_bases bases;
  return static_cast<const unsigned char*>(_Unwind_Find_FDE(reinterpret_cast<void*>(pc), &bases));
}

// DWARF register numbers of x86-64 (System V psABI).
constexpr int reg_rbx = 3, reg_rbp = 6, reg_rsp = 7, reg_r12 = 12, reg_r15 = 15, reg_ra = 16;
constexpr int reg_count = 17;

struct reg_rule {
  enum kind_t : uint8 { same, undefined, offset, val_offset, in_register, unsupported } kind = same;
  int64 value = 0;
};

struct frame_rules {
  int cfa_reg = reg_rsp;
  int64 cfa_offset = 8;
  bool cfa_ok = true;
  reg_rule regs[reg_count];
};

struct cie_info {
  uint64 code_align = 1;
  int64 data_align = -8;
  uint64 ra_reg = reg_ra;
  unsigned char fde_enc = 0;
  bool has_aug_data = false;
  const unsigned char* insns = nullptr;
  const unsigned char* end = nullptr;
};

bool parse_cie(const unsigned char* cie, cie_info& out) {
  const unsigned char* p = cie;
  uint64 length = read_raw<uint32>(p);
  if (length == 0xffffffff) return false;  // 64-bit DWARF: GCC never emits it here
  out.end = p + length;
  if (read_raw<uint32>(p) != 0) return false;  // not a CIE
  unsigned char version = *p++;
  const char* aug = reinterpret_cast<const char*>(p);
  p += std::strlen(aug) + 1;
  if (aug[0] == 'e' && aug[1] == 'h') {
    p += sizeof(uintptr);
    aug += 2;
  }
  out.code_align = read_uleb(p);
  out.data_align = read_sleb(p);
  out.ra_reg = version == 1 ? *p++ : read_uleb(p);
  if (aug[0] == 'z') {
    uint64 aug_len = read_uleb(p);
    const unsigned char* aug_end = p + aug_len;
    out.has_aug_data = true;
    for (const char* a = aug + 1; *a != 0; a++) {
      if (*a == 'R') out.fde_enc = *p++;
      else if (*a == 'L') p++;
      else if (*a == 'P') {
        unsigned char enc = *p++;
        uintptr ignored;
        if (!read_encoded(p, enc & 0x7f, 0, ignored)) return false;
      } else if (*a != 'S' && *a != 'B' && *a != 'G') {
        break;
      }
    }
    p = aug_end;
  } else if (aug[0] != 0) {
    return false;
  }
  out.insns = p;
  return true;
}

// Runs CFA instructions [p, end) while the location stays at or below pc.
// initial holds the CIE's rules (for DW_CFA_restore).
bool run_cfa(const unsigned char* p, const unsigned char* end, const cie_info& cie, uintptr loc, uintptr pc,
             frame_rules& rules, const frame_rules& initial) {
  constexpr int max_stack = 8;
  frame_rules remembered[max_stack];
  int depth = 0;
  auto set = [&](uint64 reg, reg_rule::kind_t kind, int64 value) {
    if (reg < reg_count) rules.regs[reg] = {kind, value};
  };
  while (p < end) {
    unsigned char op = *p++;
    unsigned char high = op & 0xc0, low = op & 0x3f;
    if (high == 0x40) {
      loc += low * cie.code_align;
      if (loc > pc) return true;
      continue;
    }
    if (high == 0x80) {
      set(low, reg_rule::offset, static_cast<int64>(read_uleb(p)) * cie.data_align);
      continue;
    }
    if (high == 0xc0) {
      if (low < reg_count) rules.regs[low] = initial.regs[low];
      continue;
    }
    uint64 reg;
    switch (op) {
      case 0x00: break;  // nop
      case 0x01:         // set_loc
        if (!read_encoded(p, cie.fde_enc, 0, loc)) return false;
        if (loc > pc) return true;
        break;
      case 0x02: loc += read_raw<uint8>(p) * cie.code_align; if (loc > pc) return true; break;
      case 0x03: loc += read_raw<uint16>(p) * cie.code_align; if (loc > pc) return true; break;
      case 0x04: loc += read_raw<uint32>(p) * cie.code_align; if (loc > pc) return true; break;
      case 0x05: reg = read_uleb(p); set(reg, reg_rule::offset, static_cast<int64>(read_uleb(p)) * cie.data_align); break;
      case 0x06: reg = read_uleb(p); if (reg < reg_count) rules.regs[reg] = initial.regs[reg]; break;
      case 0x07: set(read_uleb(p), reg_rule::undefined, 0); break;
      case 0x08: set(read_uleb(p), reg_rule::same, 0); break;
      case 0x09: reg = read_uleb(p); set(reg, reg_rule::in_register, static_cast<int64>(read_uleb(p))); break;
      case 0x0a:  // remember_state
        if (depth == max_stack) return false;
        remembered[depth++] = rules;
        break;
      case 0x0b:  // restore_state: the whole row, CFA rule included
        if (depth == 0) return false;
        {
          frame_rules r = remembered[--depth];
          for (int i = 0; i < reg_count; i++) rules.regs[i] = r.regs[i];
          rules.cfa_reg = r.cfa_reg;
          rules.cfa_offset = r.cfa_offset;
          rules.cfa_ok = r.cfa_ok;
        }
        break;
      case 0x0c: rules.cfa_reg = static_cast<int>(read_uleb(p)); rules.cfa_offset = static_cast<int64>(read_uleb(p)); rules.cfa_ok = true; break;
      case 0x0d: rules.cfa_reg = static_cast<int>(read_uleb(p)); break;
      case 0x0e: rules.cfa_offset = static_cast<int64>(read_uleb(p)); break;
      case 0x0f: p += read_uleb(p); rules.cfa_ok = false; break;  // def_cfa_expression
      case 0x10: reg = read_uleb(p); p += read_uleb(p); set(reg, reg_rule::unsupported, 0); break;  // expression
      case 0x11: reg = read_uleb(p); set(reg, reg_rule::offset, read_sleb(p) * cie.data_align); break;
      case 0x12: rules.cfa_reg = static_cast<int>(read_uleb(p)); rules.cfa_offset = read_sleb(p) * cie.data_align; rules.cfa_ok = true; break;
      case 0x13: rules.cfa_offset = read_sleb(p) * cie.data_align; break;
      case 0x14: reg = read_uleb(p); set(reg, reg_rule::val_offset, static_cast<int64>(read_uleb(p)) * cie.data_align); break;
      case 0x15: reg = read_uleb(p); set(reg, reg_rule::val_offset, read_sleb(p) * cie.data_align); break;
      case 0x16: reg = read_uleb(p); p += read_uleb(p); set(reg, reg_rule::unsupported, 0); break;  // val_expression
      case 0x2e: read_uleb(p); break;  // GNU_args_size
      case 0x2f: reg = read_uleb(p); set(reg, reg_rule::offset, -static_cast<int64>(read_uleb(p)) * cie.data_align); break;
      default: return false;
    }
  }
  return true;
}

// The rules in force at pc, from its FDE.
bool rules_at(uintptr pc, bool in_signal_handler, frame_rules& rules, uint64& ra_reg) {
  const unsigned char* fde = find_fde(pc, in_signal_handler);
  if (fde == nullptr) return false;
  const unsigned char* p = fde;
  uint32 length = read_raw<uint32>(p);
  if (length == 0 || length == 0xffffffff) return false;
  const unsigned char* end = p + length;
  const unsigned char* cie_ptr_at = p;
  uint32 cie_offset = read_raw<uint32>(p);
  if (cie_offset == 0) return false;  // a CIE, not an FDE
  cie_info cie;
  if (!parse_cie(cie_ptr_at - cie_offset, cie)) return false;
  uintptr start, range;
  if (!read_encoded(p, cie.fde_enc, 0, start) || !read_encoded(p, cie.fde_enc & 0x0f, 0, range)) return false;
  if (pc < start || pc >= start + range) return false;
  if (cie.has_aug_data) p += read_uleb(p);
  frame_rules initial;
  if (!run_cfa(cie.insns, cie.end, cie, 0, UINTPTR_MAX, initial, initial)) return false;
  rules = initial;
  ra_reg = cie.ra_reg;
  return run_cfa(p, end, cie, start, pc, rules, initial);
}

struct stack_reader {
  const stack_copy& s;
  bool read(uintptr addr, uintptr& out) const {
    if (addr < s.lo || addr + sizeof(uintptr) > s.lo + s.size) return false;
    std::memcpy(&out, s.bytes + (addr - s.lo), sizeof out);
    return true;
  }
};

}  // namespace

void prepare_signal_safe_unwind() {
  std::call_once(objects_listed, [] { dl_iterate_phdr(note_object, nullptr); });
}

int unwind_saved(const saved_registers& saved, const stack_copy& stack, uintptr* pcs, int max, bool in_signal_handler) {
#if defined(__x86_64__)
  stack_reader mem{stack};
  uintptr regs[reg_count] = {};
  bool known[reg_count] = {};
  regs[reg_rbx] = saved.bx;
  regs[reg_rbp] = saved.bp;
  regs[reg_rsp] = saved.sp;
  regs[reg_r12] = saved.r12;
  regs[13] = saved.r13;
  regs[14] = saved.r14;
  regs[reg_r15] = saved.r15;
  for (int r : {reg_rbx, reg_rbp, reg_rsp, reg_r12, 13, 14, reg_r15}) known[r] = true;
  uintptr pc = saved.pc;
  int n = 0;
  // The first pc is where the goroutine stopped; the others are return
  // addresses, looked up (and reported) one byte back, inside the call.
  uintptr lookup = pc;
  while (n < max) {
    pcs[n++] = lookup;
    frame_rules rules;
    uint64 ra_reg;
    if (!rules_at(lookup, in_signal_handler, rules, ra_reg) || !rules.cfa_ok || rules.cfa_reg >= reg_count || !known[rules.cfa_reg]) break;
    if (ra_reg >= reg_count) break;
    uintptr cfa = regs[rules.cfa_reg] + static_cast<uintptr>(rules.cfa_offset);
    uintptr next[reg_count];
    bool next_known[reg_count];
    bool ok = true;
    for (int r = 0; r < reg_count && ok; r++) {
      const reg_rule& rule = rules.regs[r];
      next[r] = regs[r];
      next_known[r] = known[r];
      switch (rule.kind) {
        case reg_rule::same: break;
        case reg_rule::undefined: next_known[r] = false; break;
        case reg_rule::offset:
          next_known[r] = mem.read(cfa + static_cast<uintptr>(rule.value), next[r]);
          if (!next_known[r] && r == static_cast<int>(ra_reg)) ok = false;
          break;
        case reg_rule::val_offset: next[r] = cfa + static_cast<uintptr>(rule.value); break;
        case reg_rule::in_register:
          next_known[r] = rule.value < reg_count && known[rule.value];
          if (next_known[r]) next[r] = regs[rule.value];
          break;
        case reg_rule::unsupported: next_known[r] = false; break;
      }
    }
    // The outermost frame says its return address is undefined.
    if (!ok || rules.regs[ra_reg].kind != reg_rule::offset || !next_known[ra_reg]) break;
    pc = next[ra_reg];
    if (pc == 0 || cfa <= regs[reg_rsp]) break;  // a stack grows down: callers lie above
    for (int r = 0; r < reg_count; r++) {
      regs[r] = next[r];
      known[r] = next_known[r];
    }
    regs[reg_rsp] = cfa;
    known[reg_rsp] = true;
    lookup = pc - 1;
  }
  return n;
#else
  (void)saved;
  (void)stack;
  (void)pcs;
  (void)max;
  (void)in_signal_handler;
  return 0;
#endif
}

bool copy_memory_safely(void* dst, const void* src, std::size_t n) {
  iovec local{dst, n};
  iovec remote{const_cast<void*>(src), n};
  ssize_t got = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
  if (got == static_cast<ssize_t>(n)) return true;
  if (got >= 0) return false;  // stopped at an unmapped page
  // process_vm_readv refused (a seccomp filter): a pipe copies through the
  // kernel too, which reports an unmapped page as EFAULT.
  int fds[2];
  if (pipe(fds) != 0) return false;
  bool ok = true;
  auto* out = static_cast<char*>(dst);
  const auto* in = static_cast<const char*>(src);
  while (n > 0 && ok) {
    std::size_t chunk = n < 4096 ? n : 4096;  // under a pipe's capacity
    ok = write(fds[1], in, chunk) == static_cast<ssize_t>(chunk) && read(fds[0], out, chunk) == static_cast<ssize_t>(chunk);
    in += chunk;
    out += chunk;
    n -= chunk;
  }
  close(fds[0]);
  close(fds[1]);
  return ok;
}

}  // namespace go::internal
