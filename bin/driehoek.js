#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm install` (the prepare script).
require('../lib/cli/main.js').main(process.argv);
