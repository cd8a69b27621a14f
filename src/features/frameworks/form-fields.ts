// A form sends its rows as flat fields named by path ("volumes.0.hours"), so
// that a refused value comes back under the very name of its input. This
// rebuilds the nested object the schemas read; anything it cannot place is
// left under its flat name, for the strict schema to refuse.

const MAX_INDEX = 100;
const unsafe = new Set(["__proto__", "constructor", "prototype"]);

type Node = Record<string, unknown>;

function isRecord(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Objects whose keys are exactly 0..n-1 become arrays. */
function arrays(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, arrays(value[key])] as const);
  const isList = keys.length > 0 && keys.every((key) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < keys.length);
  if (isList) {
    const list: unknown[] = [];
    for (const [key, item] of entries) list[Number(key)] = item;
    return list;
  }
  return Object.fromEntries(entries);
}

function place(target: Node, path: string[], value: unknown): boolean {
  // The whole path is checked before anything is built, so that a refused field leaves no empty branch behind.
  if (path.some((part) => part === "" || unsafe.has(part) || (/^\d+$/.test(part) && Number(part) >= MAX_INDEX))) return false;
  let node = target;
  for (const [i, part] of path.entries()) {
    if (i === path.length - 1) {
      if (part in node) return false;
      node[part] = value;
      return true;
    }
    const next = node[part];
    if (next === undefined) node = node[part] = {} as Node;
    else if (isRecord(next)) node = next;
    else return false;
  }
  return false;
}

/** An own property even for "__proto__" (an assignment would set the prototype and lose the field). */
function keep(target: Node, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `{ "volumes.0.hours": "12,5" }` → `{ volumes: [{ hours: "12,5" }] }`; an object without dotted keys is returned as is. */
export function unflattenFields(value: unknown): unknown {
  if (!isRecord(value) || !Object.keys(value).some((key) => key.includes("."))) return value;
  const nested: Node = {};
  const leftovers: Node = {};
  for (const [key, item] of Object.entries(value)) {
    if (!key.includes(".")) {
      if (Object.hasOwn(nested, key) || unsafe.has(key)) keep(leftovers, key, item);
      else nested[key] = item;
      continue;
    }
    if (!place(nested, key.split("."), item)) keep(leftovers, key, item);
  }
  return { ...(arrays(nested) as Node), ...leftovers };
}
