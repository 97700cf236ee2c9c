#!/usr/bin/env node

import process from 'node:process';

import cli from '../lib/cli.mjs';

cli(process.argv.slice(2));
