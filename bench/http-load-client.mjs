// The HTTP client side of the API benchmark, in a worker thread so that autocannon's own work does not share the
// event loop of the server it measures. Plain JavaScript: worker threads do not inherit tsx's TypeScript loader.
// workerData: { url, paths, connections, durationSeconds, timeoutSeconds }. Posts { latencies, failures, unfinished, bytes, seconds }.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const { url, paths, connections, durationSeconds, timeoutSeconds } = workerData;
const latencies = [];
let failures = 0;
let bytes = 0;
let next = 0;
const started = performance.now();
const instance = autocannon({
  url,
  connections,
  duration: durationSeconds,
  timeout: timeoutSeconds,
  // One shared cursor, so the connections walk the sample together instead of each replaying the same first ids.
  requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
}, (error, result) => {
  if (error) throw error;
  // Requests still in flight when the time is up are reported apart: one per connection is normal, many more mean a
  // slow route whose percentiles only time its quicker answers.
  const unfinished = Math.max(0, result.totalRequests - result.totalCompletedRequests - result.errors - result.timeouts);
  parentPort.postMessage({ latencies, failures: failures + result.errors + result.timeouts, unfinished, bytes, seconds: (performance.now() - started) / 1000 });
});
instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) {
    latencies.push(responseTime);
    bytes += responseBytes;
  } else {
    failures++;
  }
});
