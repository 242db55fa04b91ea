/** Computes network metrics off the main thread, for networks large enough to take a while. */
import { measureNetwork, packedBuffers } from '../domain/metrics';
import { isMetricsRequest, type MetricsRequest, type MetricsResult } from './requests';
import { serve } from './serve';

// One piece of synchronous work: a newer request waits, and the client drops the stale answer.
serve<MetricsRequest, MetricsResult>((request) => measureNetwork(request.input), {
  isRequest: isMetricsRequest,
  transfer: packedBuffers,
});
