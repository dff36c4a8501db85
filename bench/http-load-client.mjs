// The HTTP client side of the API benchmark, a Node process of its own (started by bench/api-bench.ts), so that
// autocannon's work shares no event loop or process with the server it measures or with the driver-side measurement.
// Plain JavaScript: run by plain `node`, without tsx's loader. argv[2]: JSON { url, paths, connections,
// durationSeconds, timeoutSeconds }. Prints JSON { latencies, failures, unfinished, bytes, seconds } on stdout.
import autocannon from 'autocannon';

const { url, paths, connections, durationSeconds, timeoutSeconds } = JSON.parse(process.argv[2]);
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
  // (Out of a worker thread, autocannon reports the counts under `requests`: sent, and total for those answered.)
  const unfinished = Math.max(0, result.requests.sent - result.requests.total - result.errors - result.timeouts);
  process.stdout.write(JSON.stringify({ latencies, failures: failures + result.errors + result.timeouts, unfinished, bytes, seconds: (performance.now() - started) / 1000 }));
});
instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) {
    latencies.push(responseTime);
    bytes += responseBytes;
  } else {
    failures++;
  }
});
