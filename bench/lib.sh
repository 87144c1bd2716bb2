# Shared by the benchmark scripts in bench/ (source it): tools and waiting for the service.

# Installs wrk from Debian when it is missing (benchmarks only; the tests never need it).
ensure_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# wait_ready PORT LOG: waits up to 120 s for /ready; on failure prints the end of LOG and exits 1.
wait_ready() {
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$1/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "service did not get ready on port $1"; tail -20 "$2"; exit 1
}
