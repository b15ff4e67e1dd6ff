#!/bin/sh
# tinta's build benchmark; see bench/README.md. Example: bench/run.sh --sizes 1,1000,10000 --hugo
exec python3 "$(dirname "$0")/bench.py" "$@"
