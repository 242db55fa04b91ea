/**
 * The graph's layout worker: answers each run with the force layout of `layout.ts`, in slices,
 * so that a cancel or a newer request is heard while a layout runs.
 *
 * It lives with the graph, not in `src/workers/`: the graph uses the worker client from there,
 * and an entry there that imports the graph would make `graph ⇄ workers` a folder cycle.
 */
import { serve } from '../workers/serve';
import { layoutJob } from './layout';
import { isLayoutRequest } from './protocol';

serve(layoutJob, {
  isRequest: isLayoutRequest,
  // The final positions are moved to the page, not copied.
  transfer: (positions) => [positions.buffer],
});
