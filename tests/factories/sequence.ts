// Unique values for factories: a counter per process, offset by the process id
// so that workers sharing a database still do not collide.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return (process.pid % 1000) * 1000 + counter;
}
