// Rewrites the rule table in README.md from the rules' meta (npm run readme). Needs the compiled CLI (npm run build:cli).
const fs = require('node:fs');
const path = require('node:path');
const { ruleTable } = require('../lib/cli/rule-table.js');

const file = path.join(__dirname, '..', 'README.md');
const readme = fs.readFileSync(file, 'utf8');
const begin = '<!-- regels:begin -->';
const end = '<!-- regels:end -->';
const [head, rest] = readme.split(begin);
if (rest === undefined) throw new Error(`README.md heeft geen ${begin}`);
const tail = rest.slice(rest.indexOf(end));
fs.writeFileSync(file, `${head}${begin}\n${ruleTable()}\n${tail}`);
