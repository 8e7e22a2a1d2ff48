// Preloaded into each benchmarked build (node --import): at exit, writes to BENCH_RUSAGE_FILE the CPU time of
// the build process and of the children it waited for (Pagefind's indexer), and its peak resident memory.
// Measured by the process itself, so no sampling can miss a peak. Linux only (/proc).
import { readFileSync, writeFileSync } from 'node:fs';

const out = process.env.BENCH_RUSAGE_FILE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name; cutime and cstime (fields 16 and 17) are in clock ticks of 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const childrenSeconds = (Number(fields[13]) + Number(fields[14])) / 100;
    writeFileSync(
      out,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + childrenSeconds,
        peakMb: Math.round(usage.maxRSS / 1024),
      }),
    );
  });
}
