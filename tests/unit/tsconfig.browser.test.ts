// @vitest-environment node
/**
 * Page and shared code compile without Node's types (tsconfig.browser.json): a planted use of `process` or
 * `Buffer` in a content-script module is a type error there, while the same file passes under the project-wide
 * tsconfig.json, which has Node's types for scripts and tests.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PLANTED = resolve('utils/page/scan/planted-node-use.ts');
const SOURCE = [
  "export const mode: string | undefined = process.env['NODE_ENV'];",
  "export const bytes = Buffer.from('care');",
  '',
].join('\n');

function diagnosticsUnder(configFile: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(configFile),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configFile}`);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (resolve(name) === PLANTED ? SOURCE : readFile(name));
  host.fileExists = (name) => resolve(name) === PLANTED || fileExists(name);
  const ambient = config.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [PLANTED, ...ambient], options: config.options, host });
  const file = program.getSourceFile(PLANTED);
  return program
    .getSemanticDiagnostics(file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

// Each test runs the compiler or ESLint over real files: seconds on a busy two-core machine, not milliseconds.
describe('browser code compiles without Node types', { timeout: 60_000 }, () => {
  it('rejects process and Buffer in page code', () => {
    const messages = diagnosticsUnder('tsconfig.browser.json');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Cannot find name 'process'"),
        expect.stringContaining("Cannot find name 'Buffer'"),
      ]),
    );
  });

  it('accepts the same code under the Node-aware project config (so the check above is not vacuous)', () => {
    expect(diagnosticsUnder('tsconfig.json')).toEqual([]);
  });
});
