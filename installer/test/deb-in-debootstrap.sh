#!/usr/bin/env bash
# Installs the .deb the way a clinic would, on a Debian 12 that has nothing else: builds the package, makes
# a clean root with debootstrap, installs the package there with apt (so its declared dependencies, libgtk-3-0
# and the rest, are resolved from the mirror), then checks inside that root:
#   brrr --version and /usr/bin/brrr; brrr info on a real recording from ../shared/data (bind-mounted
#   read-only, never copied); the workstation's first start under Xvfb, driven with xdotool (create the
#   administrator, land on the worklist with the demo recording) with screenshots; an upgrade to a newer
#   package version that keeps the database; an uninstall that removes /usr/bin/brrr and keeps the data.
# Sizes and timings go to installer/target/deb-in-debootstrap.txt, screenshots to installer/target/ (copy the
# one you want into docs/images by hand).
#
# Needs: root, debootstrap, Xvfb, xdotool, python3, network to deb.debian.org (apt-get install debootstrap
# xvfb xdotool). Not part of ./mvnw verify: it takes several minutes and needs root.
# Usage: installer/test/deb-in-debootstrap.sh [--no-build]   (WORK=/tmp/... to choose the scratch folder)
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
work="${WORK:-/tmp/brrr-debootstrap}"
shared="${BRRR_SHARED:-$repo/../shared}"
recording="${BRRR_RECORDING:-eegmmidb/S001R03.edf}"
display=":${BRRR_TEST_DISPLAY:-77}"
root="$work/root"
out="$repo/installer/target"
report="$out/deb-in-debootstrap.txt"
build=1
[ "${1:-}" = "--no-build" ] && build=0

[ "$(id -u)" = 0 ] || { echo "deb-in-debootstrap: run as root (debootstrap, chroot, mount)" >&2; exit 2; }
for tool in debootstrap Xvfb xdotool python3; do
  command -v "$tool" >/dev/null || { echo "deb-in-debootstrap: $tool is missing (apt-get install debootstrap xvfb xdotool)" >&2; exit 2; }
done
[ -f "$shared/data/$recording" ] || { echo "deb-in-debootstrap: $shared/data/$recording not found (BRRR_SHARED, BRRR_RECORDING)" >&2; exit 2; }

mkdir -p "$out" "$work"
: > "$report"
say() { echo "== $*" | tee -a "$report"; }
in_root() { chroot "$root" env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

xvfb_pid=""
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  for m in tmp/.X11-unix mnt/data dev/pts dev sys proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" || true
  done
}
trap cleanup EXIT

seconds_since() { echo $(( $(date +%s) - $1 )); }

# 1. The packages.
if [ "$build" = 1 ]; then
  t=$(date +%s)
  (cd "$repo" && ./mvnw -B -q -Pinstaller -DskipTests package -pl installer -am)
  say "build: ./mvnw -B -q -Pinstaller -DskipTests package -pl installer -am took $(seconds_since "$t") s"
fi
deb="$(ls "$repo"/installer/target/jpackage/dist/*.deb | head -1)"
for f in "$repo"/installer/target/jpackage/dist/*; do
  say "package: $(basename "$f") $(stat -c %s "$f") bytes ($(du -h "$f" | cut -f1))"
done
say "installed size (control): $(dpkg-deb -f "$deb" Installed-Size) KiB"
say "depends: $(dpkg-deb -f "$deb" Depends)"

# 2. A clean Debian 12.
t=$(date +%s)
# Never delete through a bind mount left by an interrupted run (it would reach the host's /dev).
if grep -q " $root/" /proc/mounts; then echo "deb-in-debootstrap: $root still has mounts; umount them first" >&2; exit 1; fi
rm -rf "$root"
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log"; exit 1; }
say "debootstrap --variant=minbase bookworm took $(seconds_since "$t") s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

# 3. Install with apt: dependencies come from the mirror, nothing by hand.
cp "$deb" "$root/tmp/"
t=$(date +%s)
in_root apt-get update -q > "$work/apt.log" 2>&1
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >> "$work/apt.log" 2>&1 \
  || { tail -30 "$work/apt.log"; exit 1; }
say "apt-get install of the .deb (with its dependencies) took $(seconds_since "$t") s; $(grep -c '^Setting up' "$work/apt.log") packages set up"

# 4. The command line.
say "which brrr: $(in_root sh -c 'command -v brrr') -> $(readlink "$root/usr/bin/brrr")"
say "brrr --version: $(in_root brrr --version)"
mkdir -p "$root/mnt/data"
mount --bind "$shared/data" "$root/mnt/data"
mount -o remount,ro,bind "$root/mnt/data"
say "brrr info /mnt/data/$recording:"
in_root brrr info "/mnt/data/$recording" | head -12 | tee -a "$report"
say "brrr info --json, format: $(in_root brrr info --json "/mnt/data/$recording" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["format"], len(d["signals"]), "signals", d["duration_s"], "s")')"

# 5. The workstation's first start under Xvfb (on the host; the X socket is bind-mounted into the root).
rm -rf "$work/fb" && mkdir -p "$work/fb"
Xvfb "$display" -screen 0 1280x800x24 -fbdir "$work/fb" -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
mkdir -p "$root/tmp/.X11-unix"
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.2; done
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
t=$(date +%s)
chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" brrr > "$work/gui.log" 2>&1 &
gui_pid=$!
window=""
for _ in $(seq 240); do
  window="$(DISPLAY=$display xdotool search --name 'Brain-Go-Brrr' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; echo "deb-in-debootstrap: the workstation exited" >&2; exit 1; }
  sleep 0.5
done
[ -n "$window" ] || { cat "$work/gui.log"; echo "deb-in-debootstrap: no window after 120 s" >&2; exit 1; }
say "first window after $(seconds_since "$t") s"
sleep 4
shot() { python3 "$repo/installer/test/xwd2png.py" "$work/fb/Xvfb_screen0" "$out/$1"; say "screenshot: installer/target/$1"; }
shot installed-first-start.png

# Fill in the wizard as a person would: it opens with the cursor in the username field.
export DISPLAY="$display"
xdotool mousemove 640 400
xdotool windowfocus --sync "$window" 2>/dev/null || true
password="first start in a chroot"
xdotool type --delay 30 "admin.demo"; xdotool key Tab
xdotool type --delay 30 "Dr. Demo Admin"; xdotool key Tab
xdotool type --delay 30 "$password"; xdotool key Tab
xdotool type --delay 30 "$password"; xdotool key Tab
xdotool type --delay 30 "Demo Clinic"; xdotool key Return
sleep 40   # the admin is created, then the demo recording (5 min of synthetic EEG) is imported
shot installed-workstation.png
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=""
unset DISPLAY
db="$root/root/.local/share/brain-go-brrr/brrr.db"
[ -f "$db" ] || { echo "deb-in-debootstrap: no database at $db" >&2; exit 1; }
say "database: /root/.local/share/brain-go-brrr/brrr.db, $(stat -c %s "$db") bytes"
say "brrr audit verify: $(in_root brrr audit verify --json)"

# 6. Upgrade: the same program as version 0.1.1 (repacked, no rebuild); the database must not change.
rm -rf "$work/upgrade" && dpkg-deb -R "$deb" "$work/upgrade"
sed -i 's/^Version: .*/Version: 0.1.1-1/' "$work/upgrade/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/upgrade" "$root/tmp/brain-go-brrr_0.1.1-1_amd64.deb" > /dev/null
before="$(sha256sum < "$db")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/brain-go-brrr_0.1.1-1_amd64.deb >> "$work/apt.log" 2>&1
[ "$(sha256sum < "$db")" = "$before" ] || { echo "deb-in-debootstrap: the upgrade changed the database" >&2; exit 1; }
say "upgrade to $(in_root dpkg-query -W -f '${Version}' brain-go-brrr): database unchanged, /usr/bin/brrr -> $(readlink "$root/usr/bin/brrr")"
say "after upgrade, brrr audit verify: $(in_root brrr audit verify --json)"

# 7. Uninstall keeps every user's data.
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q brain-go-brrr >> "$work/apt.log" 2>&1
[ ! -e "$root/usr/bin/brrr" ] || { echo "deb-in-debootstrap: /usr/bin/brrr left behind" >&2; exit 1; }
[ ! -e "$root/opt/brain-go-brrr/bin/brrr" ] || { echo "deb-in-debootstrap: /opt/brain-go-brrr left behind" >&2; exit 1; }
[ -f "$db" ] || { echo "deb-in-debootstrap: uninstall removed the database" >&2; exit 1; }
say "apt-get remove: /usr/bin/brrr and /opt/brain-go-brrr gone, database kept ($(stat -c %s "$db") bytes)"
say "OK"
