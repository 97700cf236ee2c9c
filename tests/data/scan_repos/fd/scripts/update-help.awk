#!/usr/bin/gawk -f

BEGIN {
  inSection = 0
  inBlock = 0
}


/Command-line options/ { inSection=1 }

inSection && /^```/ {
  inBlock=1
  inSection=0
  print
  next
}

inBlock && /^```/ {
  cmd="cargo run --release --quiet -- -h"
  u=0
  while (cmd | getline line) {
    if (line ~ /^Usage/) {
      u=1;
    }
    if (u) {
      print line
    }
  }
  status = close(cmd)
  if (status) {
    print "failed to generate help output" > "/dev/stderr"
    exit 1
  }
  inBlock = 0
}

!inBlock

