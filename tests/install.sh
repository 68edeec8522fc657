#!/bin/sh
# install.sh — installs the build into a temporary prefix and checks what a user gets: every file
# in its place, the installed lvsim runs and accepts the installed scenarios, pkg-config finds
# lvsim.pc, and tests/install/hello.c compiles and links against the installed library and runs.
# Usage: tests/install.sh BUILD SRC CC [FLAG...]
# FLAGs go to CC; a sanitizer build passes its -fsanitize flags, which liblvsim.a needs to link.
set -eu
LC_ALL=C; export LC_ALL # lvsim speaks the locale's language (nb_NO: Norwegian); these tests read English
[ $# -ge 3 ] || { echo "usage: $0 BUILD SRC CC [FLAG...]" >&2; exit 2; }
build=$1
src=$2
cc=$3
shift 3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lvsim-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
prefix=$tmp/prefix

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; fail "cmake --install"; }

# The library directory is whatever GNUInstallDirs chose (lib, lib64, lib/<multiarch>).
pc=$(find "$prefix" -name lvsim.pc)
[ -n "$pc" ] || fail "lvsim.pc not installed"
libdir=$(dirname "$(dirname "$pc")")
[ "$(dirname "$pc")" = "$libdir/pkgconfig" ] || fail "lvsim.pc is not in LIBDIR/pkgconfig: $pc"

for f in bin/lvsim include/lvsim/version.h share/man/man1/lvsim.1 share/doc/lvsim/README.md \
    share/doc/lvsim/LICENSE share/lvsim/scenarios/sweeps/evening-growth.yaml; do
    [ -f "$prefix/$f" ] || fail "$f not installed"
done
[ -x "$prefix/bin/lvsim" ] || fail "bin/lvsim is not executable"
[ -f "$libdir/liblvsim.a" ] || fail "liblvsim.a not installed in $libdir"
for f in "$src"/include/lvsim/*.h; do
    [ -f "$prefix/include/lvsim/$(basename "$f")" ] || fail "include/lvsim/$(basename "$f") not installed"
done
for f in "$src"/scenarios/*.yaml; do
    [ -f "$prefix/share/lvsim/scenarios/$(basename "$f")" ] || fail "scenario $(basename "$f") not installed"
done
for f in "$src"/docs/*.md; do
    [ -f "$prefix/share/doc/lvsim/$(basename "$f")" ] || fail "doc $(basename "$f") not installed"
done

# The installed program, its version, and the installed scenarios.
version=$("$prefix/bin/lvsim" --version) || fail "installed lvsim --version"
"$prefix/bin/lvsim" check "$prefix"/share/lvsim/scenarios/*.yaml >"$tmp/check.log" 2>&1 ||
    { cat "$tmp/check.log" >&2; fail "the installed scenarios do not pass lvsim check"; }

# pkg-config, from the installed file only (its prefix is relative to where it lies).
PKG_CONFIG_PATH=$libdir/pkgconfig
export PKG_CONFIG_PATH
modversion=$(pkg-config --modversion lvsim) || fail "pkg-config --modversion lvsim"
[ "$version" = "lvsim $modversion" ] || fail "lvsim --version says '$version', lvsim.pc '$modversion'"
flags=$(pkg-config --cflags --libs --static lvsim) || fail "pkg-config --cflags --libs --static lvsim"
case " $flags " in
*" -llvsim "*) ;;
*) fail "pkg-config gives no -llvsim: $flags" ;;
esac

# A program built against the installed headers and library, not the build tree.
# shellcheck disable=SC2086
"$cc" "$@" -std=c11 -Wall -Wextra -Werror -o "$tmp/hello" "$src/tests/install/hello.c" $flags \
    >"$tmp/cc.log" 2>&1 || { cat "$tmp/cc.log" >&2; fail "hello.c does not build with: $cc $* $flags"; }
out=$("$tmp/hello") || fail "hello exited with status $?"
case $out in
"$version · "*" attempts") ;;
*) fail "hello printed '$out'" ;;
esac

# The installed manual page renders without warnings (groff-base, from tools/install-deps.sh).
if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -ww -z "$prefix/share/man/man1/lvsim.1" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about lvsim.1: $warnings"
else
    echo "groff not found: the manual page is not checked"
fi
echo "ok: installed into $prefix; $out"
