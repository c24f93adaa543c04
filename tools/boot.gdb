# boot.gdb: watch this project's ld.so boot, and load the symbols of every
# object it mapped.  Load it with `gdb -x tools/boot.gdb ...` or `source`.
#
#   ldso-boot [stop]     stop at each boot stage and print what is true there:
#                        entry, stage 1 before and after self-relocation,
#                        thread pointer and canary installed, each object
#                        mapped, TLS, relocation, _r_debug consistent, init,
#                        transfer.  Without `stop` it prints and goes on, so
#                        `ldso-boot` then `continue` prints the whole trail.
#                        Run it before the program has run past its first
#                        instruction: natively it does `starti` itself; over
#                        `target remote` (qemu-user -g PORT) the process is
#                        already stopped there.
#   ldso-load-symbols [PROGRAM]
#                        walk _r_debug and the link_map chain and load each
#                        object's symbols at its load bias (add-symbol-file
#                        -o l_addr): what gdb does not do by itself over
#                        qemu-user's gdbstub.  PROGRAM: also load the program
#                        (the chain's first entry, which has no name), for
#                        `ld.so ./prog` sessions where gdb knows only ld.so.
#                        Before the chain exists (at the first instruction)
#                        it loads the loader's symbols only, so that
#                        `break ldso_enter` can be set.
#
# Works with the program started both ways (`gdb ./prog`, PT_INTERP = our
# ld.so; `gdb --args ld.so ./prog`), natively and over qemu-user, x86-64 and
# i386.  The loader is a PIE at an address unknown until it runs: natively
# gdb relocates it (as the exec file, or as the interpreter once the process
# exists); over qemu we read AT_BASE from the auxiliary vector (or the
# entry point, when ld.so is the program) and add its symbols by hand.
# The loader has no debug information: arguments are read from registers
# (x86-64) or the stack (i386) at function entry.  The canary's value is
# never printed, only facts about it.

python
import os
import re
import struct

import gdb

# ---- the inferior -------------------------------------------------------

def _cpu():
    """x86_64, i386, aarch64 or riscv64: the inferior's CPU."""
    name = gdb.selected_inferior().architecture().name()
    if name.startswith("aarch64"):
        return "aarch64"
    if name.startswith("riscv"):
        return "riscv64"
    return "x86_64" if "x86-64" in name else "i386"

def _is64():
    return _cpu() != "i386"

# Per CPU: the argument registers, the result, sp, pc, the register that
# holds the return address at a function's first instruction (None: it is
# on the stack), and where the loader's canary is from tp (arch/*/arch.h).
_REGS = {
    "x86_64": (("rdi", "rsi", "rdx", "rcx", "r8", "r9"), "rax", "rsp", "rip", None, 0x28),
    "i386": ((), "eax", "esp", "eip", None, 0x14),
    "aarch64": (("x0", "x1", "x2", "x3", "x4", "x5"), "x0", "sp", "pc", "x30", 8),
    "riscv64": (("a0", "a1", "a2", "a3", "a4", "a5"), "a0", "sp", "pc", "ra", -8),
}

def _sp():
    return _reg(_REGS[_cpu()][2])

def _pc():
    return _reg(_REGS[_cpu()][3])

def _word():
    return 8 if _is64() else 4

def _fmt():
    return "<Q" if _is64() else "<I"

def _read_word(addr):
    data = gdb.selected_inferior().read_memory(addr, _word())
    return struct.unpack(_fmt(), bytes(data))[0]

def _read_string(addr, limit=4096):
    if not addr:
        return ""
    out = bytearray()
    while len(out) < limit:
        chunk = bytes(gdb.selected_inferior().read_memory(addr + len(out), 64))
        end = chunk.find(b"\0")
        if end >= 0:
            out += chunk[:end]
            break
        out += chunk
    return out.decode("utf-8", "replace")

def _reg(name):
    return int(gdb.parse_and_eval("$" + name)) & ((1 << (8 * _word())) - 1)

def _arg(n):
    """Argument n (from 0) at a function's first instruction."""
    if _is64():
        return _reg(_REGS[_cpu()][0][n])
    return _read_word(_reg("esp") + 4 * (n + 1))

def _retval():
    return _reg(_REGS[_cpu()][1])

def _address_of(symbol):
    """Runtime address of a (minimal) symbol, or None."""
    try:
        return int(gdb.parse_and_eval("(unsigned long)&'%s'" % symbol))
    except gdb.error:
        return None

def _auxv():
    """{type: value} from `info auxv` (works natively and over qemu)."""
    aux = {}
    try:
        text = gdb.execute("info auxv", to_string=True)
    except gdb.error:
        return aux
    for line in text.splitlines():
        m = re.match(r"\s*(\d+)\s+\S+.*?\s(0x[0-9a-fA-F]+|\d+)(\s+\".*\")?\s*$", line)
        if m:
            aux[int(m.group(1))] = int(m.group(2), 0)
    return aux

AT_BASE, AT_ENTRY, AT_RANDOM = 7, 9, 25

def _say(text):
    gdb.write("[boot] %s\n" % text)
    gdb.flush()

def _yes(b):
    return "yes" if b else "no"

# ---- ELF files on disk ----------------------------------------------------

class _Elf:
    """The few things we need from an ELF file: program headers, dynamic
    tags, PT_INTERP, the entry point and the first RELATIVE relocation."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.data = f.read()
        d = self.data
        if d[:4] != b"\x7fELF":
            raise ValueError("%s: not ELF" % path)
        self.is64 = d[4] == 2
        self.machine = struct.unpack_from("<H", d, 18)[0]
        if self.is64:
            (self.entry, phoff) = struct.unpack_from("<QQ", d, 24)
            (phentsize, phnum) = struct.unpack_from("<HH", d, 54)
        else:
            (self.entry, phoff) = struct.unpack_from("<II", d, 24)
            (phentsize, phnum) = struct.unpack_from("<HH", d, 42)
        self.phdrs = []
        for i in range(phnum):
            o = phoff + i * phentsize
            if self.is64:
                (t, fl, off, va, pa, fsz, msz, al) = struct.unpack_from("<IIQQQQQQ", d, o)
            else:
                (t, off, va, pa, fsz, msz, fl, al) = struct.unpack_from("<IIIIIIII", d, o)
            self.phdrs.append((t, off, va, fsz, msz))

    def word(self, off):
        return struct.unpack_from("<Q" if self.is64 else "<I", self.data, off)[0]

    def file_offset(self, vaddr):
        for (t, off, va, fsz, msz) in self.phdrs:
            if t == 1 and va <= vaddr < va + fsz:
                return off + vaddr - va
        return None

    def segment(self, ptype):
        for p in self.phdrs:
            if p[0] == ptype:
                return p
        return None

    def interp(self):
        p = self.segment(3)
        if not p:
            return None
        return self.data[p[1]:p[1] + p[3]].split(b"\0")[0].decode()

    def dynamic(self):
        p = self.segment(2)
        tags = {}
        if not p:
            return tags
        w = 8 if self.is64 else 4
        for o in range(p[1], p[1] + p[3], 2 * w):
            tag, val = self.word(o), self.word(o + w)
            if tag == 0:
                break
            tags.setdefault(tag, val)
        return tags

    def first_relative(self):
        """(vaddr, link-time word, addend or None): a word self-relocation
        changes.  DT_RELR first, then DT_RELA / DT_REL RELATIVE entries."""
        dyn = self.dynamic()
        w = 8 if self.is64 else 4
        if 36 in dyn and dyn.get(35, 0) >= w:
            off = self.file_offset(dyn[36])
            where = self.word(off)
            if where & 1 == 0:
                return (where, self.word(self.file_offset(where)), None)
        # R_*_RELATIVE: x86 8, aarch64 (183) 1027, riscv (243) 3.
        relative = {183: 1027, 243: 3}.get(self.machine, 8)
        for (tab, size, ent) in ((7, 8, 3 * w), (17, 18, 2 * w)):
            if tab not in dyn:
                continue
            off = self.file_offset(dyn[tab])
            for o in range(off, off + dyn.get(size, 0), ent):
                r_off, info = self.word(o), self.word(o + w)
                if (info & 0xffffffff if self.is64 else info & 0xff) == relative:
                    addend = self.word(o + 2 * w) if ent == 3 * w else None
                    return (r_off, self.word(self.file_offset(r_off)), addend)
        return None

def _exec_file():
    prog = gdb.current_progspace().filename
    return os.path.realpath(prog) if prog else None

def _loaded_files():
    return {os.path.realpath(o.filename) for o in gdb.objfiles() if o.filename}

# ---- finding the loader -------------------------------------------------

class _Loader:
    path = None
    base = None

def _ensure_loader_symbols():
    """Make the loader's symbols resolve at its real address; returns
    (path, base) of the loader."""
    exe = _exec_file()
    aux = _auxv()
    elf = _Elf(exe) if exe else None
    interp = elf.interp() if elf else None
    if interp:
        path = os.path.realpath(interp)
        base = aux.get(AT_BASE)
    else:
        # The loader is the program: base = AT_ENTRY minus its e_entry.
        path = exe
        base = aux.get(AT_ENTRY, 0) - elf.entry if elf else None
    if _address_of("ldso_stage1") is None and path and base is not None:
        gdb.execute("add-symbol-file %s -o 0x%x" % (path, base), to_string=True)
        _say("loader symbols added: %s at 0x%x" % (path, base))
    _Loader.path, _Loader.base = path, base
    return path, base

# ---- the stages -----------------------------------------------------------

class _Stage(gdb.Breakpoint):
    stop_at_each = False

    def __init__(self, spec, report):
        super().__init__(spec, internal=True)
        self.report = report

    def stop(self):
        try:
            self.report(self)
        except Exception as e:  # a report must never kill the session
            _say("(%s: %s)" % (self.location, e))
        return _Stage.stop_at_each

class _ReturnSite(gdb.Breakpoint):
    """A breakpoint at a return address, kept for every later call through
    the same site (deleting a breakpoint from its own stop() is not
    allowed).  FinishBreakpoint needs unwind information the loader does
    not have on i386."""
    sites = {}

    def __init__(self, address):
        super().__init__("*0x%x" % address, internal=True)
        self.waiting = {}    # sp after the return -> report

    def stop(self):
        report = self.waiting.pop(_sp(), None)
        if report is None:
            return False
        try:
            report(_retval())
        except Exception as e:
            _say("(return: %s)" % e)
        return _Stage.stop_at_each

def _Return(report):
    """Call report(return value) when the function we are at the first
    instruction of returns."""
    sp = _sp()
    link = _REGS[_cpu()][4]
    # x86: the return address is on the stack, popped by ret; elsewhere
    # it is in the link register and sp is the same after the return.
    address = _reg(link) if link else _read_word(sp)
    site = _ReturnSite.sites.get(address)
    if site is None:
        site = _ReturnSite.sites[address] = _ReturnSite(address)
    site.waiting[sp if link else sp + _word()] = report

_relocated_word = None
_booted = False      # past ldso_enter: later events come from dlopen/dlclose

def _when():
    return "after start-up (dl API): " if _booted else ""

def _thread_pointer():
    if _cpu() == "riscv64":
        tp = _reg("tp")
        return "thread pointer (tp) %s" % ("not set" if tp == 0 else "0x%x" % tp)
    if _cpu() == "aarch64":
        # qemu-user's gdbstub (7.2) does not show tpidr_el0.
        return "thread pointer (tpidr_el0) not visible here"
    if _is64():
        tp = _reg("fs_base")
        return "thread pointer (fs_base) %s" % ("not set" if tp == 0 else "0x%x" % tp)
    # i386: only the %gs selector is visible; its base is not.
    return "gs selector 0x%x" % _reg("gs")

def _entry(_bp=None):
    sp = _sp()
    _say("entry: _dlstart, sp 0x%x (16-byte aligned: %s), argc %d, %s"
         % (sp, _yes(sp % 16 == 0), _read_word(sp), _thread_pointer()))

def _stage1(_bp):
    global _relocated_word
    dynamic = _arg(1)
    elf = _Elf(_Loader.path)
    base = dynamic - elf.segment(2)[2]
    _Loader.base = base
    rel = elf.first_relative()
    text = "stage 1: ldso_stage1, loader base 0x%x (_DYNAMIC at 0x%x)" % (base, dynamic)
    if rel:
        where, link_value, addend = rel
        _relocated_word = (base + where, link_value, addend)
        now = _read_word(base + where)
        text += "; not yet relocated: word at 0x%x holds its link-time value: %s" % (
            base + where, _yes(now == link_value))
    _say(text)

def _stage1_done(_bp):
    text = "stage 1 done: ldso_stage2 entered"
    if _relocated_word:
        where, link_value, addend = _relocated_word
        want = _Loader.base + (addend if addend is not None else link_value)
        now = _read_word(where)
        text += "; word at 0x%x = base + link-time value: %s" % (where, _yes(now == want))
    text += "; " + _thread_pointer()
    _say(text)

def _stage2_done(_bp):
    tcb = _address_of("ldso_early_tcb")
    guard = _address_of("__stack_chk_guard")
    if _cpu() in ("aarch64", "riscv64"):
        # tp points ARCH_TP_IN_TCB bytes into the TCB; the slot is the
        # canary's offset from tp.  riscv64's tp is visible, aarch64's not:
        # the TCB the loader installs stands for it.
        inside = 48 if _cpu() == "aarch64" else 56
        tp = _reg("tp") - inside if _cpu() == "riscv64" else tcb
        where = "tp - %d 0x%x" % (inside, tp)
        slot = inside + _REGS[_cpu()][5]
        self_at = 16    # after the two reserved words (arch.h)
    elif _is64():
        tp = _reg("fs_base")
        where = "fs_base 0x%x" % tp
        slot = 0x28
        self_at = 0
    else:
        # No segment base over every gdbstub: the selector, and the TCB
        # the loader installs, whose first word points at itself.
        tp = tcb
        where = "gs 0x%x" % _reg("gs")
        slot = 0x14
        self_at = 0
    canary = _read_word(tp + slot)
    text = "stage 2 done: thread pointer installed: %s = &ldso_early_tcb: %s, self pointer: %s" % (
        where, _yes(tp == tcb), _yes(_read_word(tp + self_at) == tp))
    text += "; canary set: %s, low byte zero: %s" % (_yes(canary != 0), _yes(canary & 0xff == 0))
    if guard:
        text += ", __stack_chk_guard the same: %s" % _yes(_read_word(guard) == canary)
    _say(text)

def _map_kernel_main(_bp):
    def done(ret):
        _say("mapped: the program, by the kernel, bias 0x%x" % _read_word(ret))
    _Return(done)

def _map_file(_bp):
    path = _read_string(_arg(0))
    def done(ret):
        if ret:
            _say("%smapped: %s at 0x%x" % (_when(), path, _read_word(ret)))
    _Return(done)

def _chain():
    r = _address_of("_r_debug")
    if r is None:
        return None, []
    w = _word()
    state = _read_word(r + 3 * w) & 0xffffffff if _is64() else _read_word(r + 3 * w)
    objects = []
    m = _read_word(r + w)
    while m and len(objects) < 4096:
        objects.append((_read_word(m), _read_string(_read_word(m + w))))
        m = _read_word(m + 3 * w)
    return state, objects

_STATES = {0: "RT_CONSISTENT", 1: "RT_ADD", 2: "RT_DELETE"}

def _tls(_bp):
    state, objects = _chain()
    _say("stage 5: ldso_setup_tls, %d objects in the link_map chain, r_state %s"
         % (len(objects), _STATES.get(state, state)))

def _relocate(_bp):
    _say("stage 6: ldso_relocate_all, dependencies first")
    _Return(lambda ret: _say("stage 6 done: every object relocated, RELRO protected"))

def _consistent(_bp):
    def done(ret):
        state, objects = _chain()
        names = ", ".join("%s@0x%x" % (n or "<program>", a) for a, n in objects)
        _say("%s: _r_debug r_state %s, %d objects: %s"
             % ("after start-up (dl API): consistent" if _booted else "stage 7",
                _STATES.get(state, state), len(objects), names))
    _Return(done)

def _init(_bp):
    _say("stage 8: ldso_run_init, constructors of the shared objects, dependencies first")

def _enter(_bp):
    global _booted
    _booted = True
    sp, entry, fini = _arg(0), _arg(1), _arg(2)
    aux_entry = None
    try:
        # AT_ENTRY as the program sees it, on its own stack.
        p = sp + _word() * (_read_word(sp) + 2)
        while _read_word(p):
            p += _word()
        p += _word()
        while _read_word(p):
            if _read_word(p) == AT_ENTRY:
                aux_entry = _read_word(p + _word())
            p += 2 * _word()
    except gdb.MemoryError:
        pass
    _say("stage 9: ldso_enter, transfer to entry 0x%x (= AT_ENTRY: %s), sp 0x%x "
         "(16-byte aligned: %s), argc %d, fini 0x%x"
         % (entry, _yes(entry == aux_entry), sp, _yes(sp % 16 == 0),
            _read_word(sp), fini))

_STAGES = (
    ("ldso_stage1", _stage1),
    ("ldso_stage2", _stage1_done),
    ("ldso_main", _stage2_done),
    ("ldso_map_kernel_main", _map_kernel_main),
    ("ldso_map_file", _map_file),
    ("ldso_setup_tls", _tls),
    ("ldso_relocate_all", _relocate),
    ("ldso_debug_consistent", _consistent),
    ("ldso_run_init", _init),
    ("ldso_enter", _enter),
)

class _BootCommand(gdb.Command):
    """Stop at each boot stage of ld.so and print what is true there.
Usage: ldso-boot [stop]   (see tools/boot.gdb)"""

    def __init__(self):
        super().__init__("ldso-boot", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        _Stage.stop_at_each = arg.strip() == "stop"
        if not gdb.selected_inferior().pid:
            gdb.execute("starti", to_string=True)
        _ensure_loader_symbols()
        for spec, report in _STAGES:
            if _address_of(spec) is None:
                _say("(no symbol %s: stage not watched)" % spec)
                continue
            _Stage("*0x%x" % _address_of(spec), report)
        if _address_of("_dlstart") == _pc():
            _entry()
        else:
            _say("entry: already past _dlstart (pc 0x%x)" % _pc())

class _LoadSymbolsCommand(gdb.Command):
    """Load the symbols of every object in ld.so's link_map chain at its load bias.
Usage: ldso-load-symbols [PROGRAM]   (see tools/boot.gdb)"""

    def __init__(self):
        super().__init__("ldso-load-symbols", gdb.COMMAND_FILES, gdb.COMPLETE_FILENAME)

    def invoke(self, arg, from_tty):
        program = arg.strip()
        if _address_of("_r_debug") is None:
            _ensure_loader_symbols()
        state, objects = _chain()
        if state is None:
            raise gdb.GdbError("ldso-load-symbols: no _r_debug: is the loader running?")
        if not objects:
            gdb.write("ldso-load-symbols: the loader's symbols are loaded; its link_map chain is\n"
                      "still empty: run this again once it is published (say at ldso_enter)\n")
            return
        loaded = _loaded_files()
        count = 0
        for i, (bias, name) in enumerate(objects):
            path = name
            if i == 0 and not name:
                path = program
            if not path:
                continue
            real = os.path.realpath(path)
            if real in loaded:
                gdb.write("%-50s 0x%x (symbols already loaded)\n" % (path, bias))
                continue
            if not os.path.exists(real):
                gdb.write("%-50s 0x%x (no such file here)\n" % (path, bias))
                continue
            gdb.execute("add-symbol-file %s -o 0x%x" % (path, bias), to_string=True)
            loaded.add(real)
            count += 1
            gdb.write("%-50s 0x%x\n" % (path, bias))
        gdb.write("ldso-load-symbols: %d objects in the chain (r_state %s), symbols added for %d\n"
                  % (len(objects), _STATES.get(state, state), count))

_BootCommand()
_LoadSymbolsCommand()
end
