#!/usr/bin/env bash

set -e
set -x

export TERMINAL_WIDTH=3000
export _TYPER_FORCE_DISABLE_TERMINAL=1
pytest --cov --cov-report=term-missing -o console_output_style=progress --numprocesses=auto ${@}
