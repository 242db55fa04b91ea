/**
 * graphology-gexf's writer alone: the package's browser entry also builds a parser from the
 * global `DOMParser` when it loads (absent in Node, so the CLI fails), and its Node entry pulls
 * in @xmldom/xmldom, which the app does not need to write.
 */
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf';
  const writeGexf: typeof write;
  export default writeGexf;
}
