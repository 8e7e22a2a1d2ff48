// Types for the part of the MDN HTTP Observatory the tests use (the package ships none).
declare module '@mdn/mdn-http-observatory' {
  export function scan(hostname: string): Promise<{
    scan: { grade: string; score: number; testsFailed: number };
    tests: Record<string, { pass: boolean; result: string; scoreModifier: number }>;
  }>;
}
