#!/bin/bash

SCRIPT_DIR=$( cd -- "$( dirname -- "${BASH_SOURCE[0]}" )" &> /dev/null && pwd )

time docker run --rm -it \
  -w /app \
  -v "${SCRIPT_DIR}/../target/checkouts:/app/checkouts" \
  -v "${SCRIPT_DIR}/../target/ecosystem_all_results:/app/ecosystem_all_results" \
  -v "${SCRIPT_DIR}/../target/x86_64-unknown-linux-musl/release/ruff:/app/ruff" \
  -v "${SCRIPT_DIR}/../ecosystem_all.py:/app/ecosystem_all.py" \
  -v "${SCRIPT_DIR}/../github_search.jsonl:/app/github_search.jsonl" \
  -v "${SCRIPT_DIR}/../.venv-3.11:/app/.venv" \
  -v "${SCRIPT_DIR}/ecosystem_all_check_entrypoint.sh:/app/ecosystem_all_check_entrypoint.sh" \
  -v "${SCRIPT_DIR}/ecosystem_all_check.py:/app/ecosystem_all_check.py" \
  python:3.11 ./ecosystem_all_check_entrypoint.sh "$@"

grep -R "the rule codes" "${SCRIPT_DIR}/../target/ecosystem_all_results" | sort > "${SCRIPT_DIR}/../target/fix-errors.txt"
echo "Done"
