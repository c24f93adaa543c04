# make install / make uninstall, included by the top-level Makefile (the
# part without ARCH).  Installs what `make` built; it builds nothing, so run
# `make` first.
#
#   PREFIX   where the files will live at run time (default /usr/local)
#   DESTDIR  staging root prepended to every path written (packaging)
#
# Layout (per arch in ARCHES):
#   $(PREFIX)/lib/ldso/<arch>/  ld.so, libdl.so, libcrt.so/.a, libssp.so/.a,
#                               libssp_nonshared.a, crt1.o Scrt1.o crti.o crtn.o
#                               (together: the loader searches its own directory)
#   $(PREFIX)/bin/ldso-cc-<arch>  the compiler wrapper, paths rewritten for
#                               $(PREFIX); ldso-cc names the host arch's
#   $(PREFIX)/include/ldso/     the headers (crt/include)
#   $(PREFIX)/share/ldso/boot.gdb
#   $(PREFIX)/share/man/man8/ldso.8  docs/ld.so.8 (named so that it does not
#                               hide the system's ld.so(8))

PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_LIBDIR = $(PREFIX)/lib/ldso
INSTALL_BINDIR = $(PREFIX)/bin
INSTALL_INCDIR = $(PREFIX)/include/ldso
INSTALL_DATADIR = $(PREFIX)/share/ldso
INSTALL_MANDIR = $(PREFIX)/share/man/man8
INSTALL_ARCH_FILES := ld.so libcrt.so libcrt.a libssp.so libssp.a \
	libssp_nonshared.a crt1.o Scrt1.o crti.o crtn.o

install:
	@for a in $(ARCHES); do \
		for f in $(INSTALL_ARCH_FILES); do \
			[ -e build/$$a/$$f ] || { echo "install: build/$$a/$$f is missing: run make first" >&2; exit 1; }; \
		done; \
	done
	install -d '$(DESTDIR)$(INSTALL_BINDIR)' '$(DESTDIR)$(INSTALL_INCDIR)' \
		'$(DESTDIR)$(INSTALL_DATADIR)' '$(DESTDIR)$(INSTALL_MANDIR)'
	@set -e; for a in $(ARCHES); do \
		d='$(DESTDIR)$(INSTALL_LIBDIR)'/$$a; \
		install -d "$$d"; \
		for f in $(INSTALL_ARCH_FILES); do \
			case $$f in *.so) mode=755 ;; *) mode=644 ;; esac; \
			echo "install build/$$a/$$f $$d/$$f"; \
			install -m $$mode build/$$a/$$f "$$d/$$f"; \
		done; \
		ln -sfn ld.so "$$d/libdl.so"; \
		case $$a in x86_64) m=-m64 cc=gcc ;; i386) m=-m32 cc=gcc ;; \
		aarch64) m=-mno-outline-atomics cc=aarch64-linux-gnu-gcc ;; \
		riscv64) m= cc=riscv64-linux-gnu-gcc ;; esac; \
		sed -e 's|@ROOT@|$(INSTALL_INCDIR)|g' -e 's|$$root/crt/include|$$root|g' \
			-e 's|@LIBDIR@|$(INSTALL_LIBDIR)/'"$$a"'|g' -e "s|@MFLAG@|$$m|g" -e "s|@COMPILER@|$$cc|g" \
			-e 's|@GCC_INCLUDE@||g' -e 's|@LIBGCC@||g' \
			-e 's|^\(# tools/ldso-cc.in by crt/build.mk\).*|# tools/ldso-cc.in by tools/install.mk, for $(PREFIX).|' \
			tools/ldso-cc.in >'$(DESTDIR)$(INSTALL_BINDIR)'/ldso-cc-$$a; \
		chmod 755 '$(DESTDIR)$(INSTALL_BINDIR)'/ldso-cc-$$a; \
		echo "install ldso-cc-$$a"; \
	done
	ln -sfn ldso-cc-$(HOST_ARCH) '$(DESTDIR)$(INSTALL_BINDIR)/ldso-cc'
	cp -R crt/include/. '$(DESTDIR)$(INSTALL_INCDIR)/'
	install -m 644 tools/boot.gdb '$(DESTDIR)$(INSTALL_DATADIR)/boot.gdb'
	install -m 644 docs/ld.so.8 '$(DESTDIR)$(INSTALL_MANDIR)/ldso.8'

uninstall:
	rm -rf '$(DESTDIR)$(INSTALL_LIBDIR)' '$(DESTDIR)$(INSTALL_INCDIR)' \
		'$(DESTDIR)$(INSTALL_DATADIR)'
	rm -f '$(DESTDIR)$(INSTALL_BINDIR)/ldso-cc' \
		$(ARCHES:%='$(DESTDIR)$(INSTALL_BINDIR)/ldso-cc-%') \
		'$(DESTDIR)$(INSTALL_MANDIR)/ldso.8'

.PHONY: install uninstall
