#!/usr/bin/env node

import './generate-ast-macros.js';
import './generate-buffer-parsers.js';
import './generate-buffer-to-ast.js';
import './generate-child-node-keys.js';
import './generate-node-index.js';
import './generate-node-types.js';
import './generate-rust-constants.js';
import './generate-string-constants.js';
