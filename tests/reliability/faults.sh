#!/usr/bin/env bash
# SPDX-FileCopyrightText: B12 Guide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs b12guide inside a fault, as ctest's Privacy.* and Faults.* tests:
#   faults.sh no-socket      B12GUIDE ANSWERS   every command and page under strace: no socket
#                                               but AF_UNIX, no connect
#   faults.sh no-network     B12GUIDE ANSWERS   in a network namespace with no network at all
#   faults.sh read-only-home B12GUIDE FAULTENV  HOME bind-mounted read-only (mount namespace)
#   faults.sh full-disk      FAULTENV           the data folder on a full 64 KiB tmpfs
# Namespaces: as root, unshare alone (root's permissions would ignore a mode like 0500, a
# read-only mount they cannot); as anyone else, in a user namespace too (unshare -r).
# Exit 77 (ctest: skipped) only when the system forbids the namespace or ptrace; the
# message says so.
set -euo pipefail

mode=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
# A home of its own with the disclaimer seen, never the person's.
fresh_home() {
  local home=$1
  mkdir -p "$home/.config/b12guide"
  printf '[disclaimer]\nseen=true\n' >"$home/.config/b12guide/b12guide.conf"
  export HOME=$home
  unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
}

namespace() { # namespace FLAGS COMMAND...
  local flags=$1
  shift
  if [ "$(id -u)" -ne 0 ]; then
    flags="${flags}r"
  fi
  if ! unshare "$flags" true 2>"$work/unshare.err"; then
    echo "SKIPPED: this system allows no 'unshare $flags': $(cat "$work/unshare.err")"
    exit 77
  fi
  unshare "$flags" "$@"
}

# The ways to run the app that a person or a script uses, each must exit 0.
run_everything() { # run_everything B12GUIDE ANSWERS [WRAPPER...]
  local app=$1 answers=$2
  shift 2
  local out=$work/out
  mkdir -p "$out"
  local -a commands=(
    "--version"
    "--list-sections"
    "--list-questions"
    "--assess $answers"
    "--summary-pdf $out/summary.pdf --answers $answers --chart"
    "--quit-after-first-paint"
    "--quit-after-first-paint --page questionnaire"
    "--quit-after-first-paint --page chart"
    "--quit-after-first-paint --page summary"
    "--quit-after-first-paint --section sources --lang de"
  )
  local args
  for args in "${commands[@]}"; do
    # shellcheck disable=SC2086 # the arguments split on purpose
    if ! "$@" "$app" $args >"$out/stdout" 2>"$out/stderr"; then
      echo "FAILED: b12guide $args"
      cat "$out/stderr"
      return 1
    fi
    echo "ok: b12guide $args"
  done
}

case $mode in
no-socket)
  app=$1 answers=$2
  fresh_home "$work/home"
  if ! strace -f -qq -o /dev/null true 2>"$work/strace.err"; then
    echo "SKIPPED: strace cannot trace here: $(cat "$work/strace.err")"
    exit 77
  fi
  # LeakSanitizer cannot run under a tracer; the asan stage checks leaks everywhere else.
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
  traced() {
    local rc=0
    strace -f -qq -e trace=%network -o "$work/trace" "$@" || rc=$?
    # AF_UNIX (a local socket) would be no network; anything else, or a connect to it, is.
    if grep -E 'socket\((AF|PF)_[A-Z0-9]+' "$work/trace" | grep -vE '\((AF|PF)_(UNIX|LOCAL),' |
      grep . || grep -E 'connect\(' "$work/trace" | grep -vE 'sa_family=AF_(UNIX|LOCAL)' | grep .; then
      echo "FAILED: b12guide opened a network socket (above)"
      return 1
    fi
    return $rc
  }
  run_everything "$app" "$answers" traced
  ;;
no-network)
  app=$1 answers=$2
  fresh_home "$work/home"
  interfaces=$(namespace -n awk 'NR > 2 { printf "%s ", $1 }' /proc/net/dev)
  if [ "$interfaces" != "lo: " ]; then
    echo "FAILED: the namespace has network interfaces: $interfaces"
    exit 1
  fi
  run_everything "$app" "$answers" namespace -n
  ;;
read-only-home)
  app=$1 faultenv=$2
  fresh_home "$work/home"
  mkdir -p "$work/elsewhere"
  export B12_WRITABLE_DIR=$work/elsewhere
  namespace -m bash -euc '
    mount --bind "$HOME" "$HOME"
    mount -o remount,bind,ro "$HOME"
    if touch "$HOME/probe" 2>/dev/null; then echo "FAILED: HOME is still writable"; exit 1; fi
    for page in article questionnaire chart summary; do
      "$1" --quit-after-first-paint --page "$page"
      echo "ok: the window opens on the $page page with a read-only home"
    done
    "$2" --gtest_filter="FaultEnvironment.ReadOnlyHome*"
  ' faults "$app" "$faultenv"
  ;;
full-disk)
  faultenv=$1
  fresh_home "$work/home"
  mkdir -p "$work/disk" "$work/elsewhere"
  export B12_FULL_DISK_DIR=$work/disk B12_WRITABLE_DIR=$work/elsewhere
  namespace -m bash -euc '
    mount -t tmpfs -o size=64k,mode=0700 b12full "$B12_FULL_DISK_DIR"
    printf "%s\n" "{\"format\": \"b12guide-answers\", \"version\": 1, \"answers\": {\"leg_burning\": \"no\"}}" \
      >"$B12_FULL_DISK_DIR/answers.json"
    dd if=/dev/zero of="$B12_FULL_DISK_DIR/filler" bs=4k 2>/dev/null || true
    "$1" --gtest_filter="FaultEnvironment.FullDisk*"
  ' faults "$faultenv"
  ;;
*)
  echo "unknown mode $mode" >&2
  exit 2
  ;;
esac
