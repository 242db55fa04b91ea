/**
 * Checks the shape of `src/`: no import cycle between files, none between folders, and no file
 * over MAX_LINES lines. Prints what breaks a rule and exits 1; run by `npm run lint`.
 *
 * Imports are read with TypeScript's own pre-processor (`ts.preProcessFile`), which sees static
 * imports, re-exports and dynamic `import()`; worker entries (`new URL('./x.worker.ts',
 * import.meta.url)`) are added by hand, since a worker is a dependency too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Longest file allowed in src/, in lines. */
export const MAX_LINES = 400;
const EXTENSIONS = ['.ts', '.tsx'];

/** Every .ts/.tsx file under `folder`. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((ext) => entry.endsWith(ext)) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier points at, or null for packages and assets. */
function resolveSpecifier(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext)];
  candidates.push(...EXTENSIONS.map((ext) => join(base, 'index' + ext)));
  return candidates.find((path) => known.has(path)) ?? null;
}

/** File → the files it imports (type-only imports included: they tie files together too). */
export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root).map((file) => resolve(file));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    for (const match of text.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g))
      specifiers.push(match[1]!);
    const targets = specifiers
      .map((specifier) => resolveSpecifier(file, specifier, known))
      .filter((target): target is string => target !== null && target !== file);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan): the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The folder graph: folder of a file → folders of the files it imports (top level of src/). */
export function folderGraph(graph: Map<string, string[]>, root: string): Map<string, string[]> {
  const folderOf = (file: string) => relative(root, file).split(sep)[0]!;
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    const set = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) set.add(folderOf(target));
    folders.set(from, set);
  }
  return new Map([...folders].map(([folder, set]) => [folder, [...set]]));
}

function main() {
  const root = resolve('src');
  const graph = importGraph(root);
  const problems: string[] = [];
  const name = (file: string) => relative(process.cwd(), file);
  for (const cycle of cycles(graph)) problems.push(`file cycle: ${cycle.map(name).join(' ⇄ ')}`);
  for (const cycle of cycles(folderGraph(graph, root)))
    problems.push(`folder cycle: ${cycle.map((folder) => `src/${folder}`).join(' ⇄ ')}`);
  for (const file of graph.keys()) {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    if (lines > MAX_LINES) problems.push(`${name(file)} has ${lines} lines (at most ${MAX_LINES})`);
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`imports: ${graph.size} files in src/, no cycles, none over ${MAX_LINES} lines`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
