// Builds test/openxml-validator (Microsoft's Open XML SDK) when the .NET SDK is there;
// without it the suites that need the validator skip and say so (on CI they fail).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'test', 'openxml-validator');
if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).status !== 0) {
  if (process.env.CI) {
    process.stderr.write('Geen .NET SDK op CI: installeer de .NET SDK; zonder validator controleert de testsuite de geschreven bestanden niet.\n');
    process.exit(1);
  }
  process.stdout.write('Geen .NET SDK: de Open XML-validator wordt niet gebouwd; de tests die hem nodig hebben slaan zich over.\n');
  process.exit(0);
}
const r = spawnSync('dotnet', ['build', dir, '-c', 'Release', '-o', path.join(dir, 'bin', 'out'), '--nologo', '-v', 'q'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
