#!/bin/bash

source .electron_flags.sh
electron tap/run-electron.ts
