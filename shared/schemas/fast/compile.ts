import { z } from 'zod';
import { type Acceptor, declaredAcceptor, REJECT } from './accept';

// Builds, from a zod schema, an acceptor that does the common case of a large roster without zod's
// per-value payloads: objects, arrays, optionals, booleans, enums, integers and declared leaves are
// checked here; any other schema (transforms, refinements, unions, catchalls) is handed to zod itself,
// and only its successful output is used. Whatever the acceptor returns is therefore what zod returns.

type Schema = z.core.$ZodType;

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Delegates to zod: its output on success, else REJECT. */
function viaZod(schema: Schema): Acceptor {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success ? result.data : REJECT;
  };
}

function hasChecks(schema: Schema): boolean {
  return (schema._zod.def.checks?.length ?? 0) > 0 || schema._zod.traits.has('$ZodCheck');
}

interface Field {
  key: string;
  accept: Acceptor;
  /** `.optional()`: an absent key is left out, a present one must pass. */
  optional: boolean;
}

function objectAcceptor(schema: z.core.$ZodObject): Acceptor | undefined {
  const { shape, catchall } = schema._zod.def;
  if (catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    const field = shape[key] as Schema;
    const { optin, optout } = field._zod;
    // zod leaves __proto__ out of its output, and other optionalities substitute values
    if (key === '__proto__' || optin !== optout) return undefined;
    if (optin !== undefined && optin !== 'optional') return undefined;
    fields.push({ key, accept: acceptorOf(field), optional: optin === 'optional' });
  }
  return (input) => {
    if (!isObject(input)) return REJECT;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) {
      const { key, accept, optional } = fields[i] as Field;
      if (optional && !(key in input)) continue;
      const raw = input[key];
      // A required key must be there even if its schema would take undefined.
      if (raw === undefined && !optional && !(key in input)) return REJECT;
      const value = accept(raw);
      if (value === REJECT) return REJECT;
      out[key] = value;
    }
    return out;
  };
}

function arrayAcceptor(schema: z.core.$ZodArray): Acceptor | undefined {
  let min = 0;
  let max = Infinity;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'min_length') min = Math.max(min, (def as z.core.$ZodCheckMinLengthDef).minimum);
    else if (def.check === 'max_length') max = Math.min(max, (def as z.core.$ZodCheckMaxLengthDef).maximum);
    else return undefined;
  }
  const element = acceptorOf(schema._zod.def.element);
  return (input) => {
    if (!Array.isArray(input) || input.length < min || input.length > max) return REJECT;
    const out: unknown[] = new Array(input.length);
    for (let i = 0; i < input.length; i += 1) {
      const value = element(input[i]);
      if (value === REJECT) return REJECT;
      out[i] = value;
    }
    return out;
  };
}

function numberAcceptor(schema: z.core.$ZodNumber): Acceptor | undefined {
  if (schema._zod.def.coerce || schema._zod.traits.has('$ZodCheck')) return undefined;
  let int = false;
  let min = -Infinity;
  let max = Infinity;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.when) return undefined;
    if (def.check === 'number_format' && (def as z.core.$ZodCheckNumberFormatDef).format === 'safeint') {
      int = true;
      continue;
    }
    if (def.check !== 'greater_than' && def.check !== 'less_than') return undefined;
    const { value, inclusive } = def as z.core.$ZodCheckGreaterThanDef;
    // Only inclusive numeric bounds (.min/.max) are read; .gt/.lt go to zod.
    if (typeof value !== 'number' || !inclusive) return undefined;
    if (def.check === 'greater_than') min = Math.max(min, value);
    else max = Math.min(max, value);
  }
  return (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!int || Number.isSafeInteger(value)) &&
    value >= min &&
    value <= max
      ? value
      : REJECT;
}

function optionalAcceptor(schema: z.core.$ZodOptional): Acceptor | undefined {
  const inner = schema._zod.def.innerType;
  if (inner._zod.optin !== undefined || schema._zod.traits.has('$ZodExactOptional')) return undefined;
  const accept = acceptorOf(inner);
  return (value) => (value === undefined ? undefined : accept(value));
}

function valuesAcceptor(schema: Schema): Acceptor | undefined {
  const values = schema._zod.values;
  return values ? (value) => (values.has(value as never) ? value : REJECT) : undefined;
}

function build(schema: Schema): Acceptor | undefined {
  const declared = declaredAcceptor(schema);
  if (declared) return declared;
  if (hasChecks(schema) && schema._zod.def.type !== 'number' && schema._zod.def.type !== 'array') {
    return undefined;
  }
  switch (schema._zod.def.type) {
    case 'object':
      return objectAcceptor(schema as z.core.$ZodObject);
    case 'array':
      return arrayAcceptor(schema as z.core.$ZodArray);
    case 'optional':
      return optionalAcceptor(schema as z.core.$ZodOptional);
    case 'number':
      return numberAcceptor(schema as z.core.$ZodNumber);
    case 'boolean':
      return (schema as z.core.$ZodBoolean)._zod.def.coerce
        ? undefined
        : (value) => (typeof value === 'boolean' ? value : REJECT);
    case 'enum':
    case 'literal':
      return valuesAcceptor(schema);
    default:
      return undefined;
  }
}

const compiled = new WeakMap<Schema, Acceptor>();

/**
 * The acceptor of `schema`, built once per schema instance. Never accepts what zod rejects and returns
 * zod's own output for what it accepts; it may reject valid input.
 */
export function acceptorOf(schema: Schema): Acceptor {
  let accept = compiled.get(schema);
  if (!accept) {
    // A recursive schema meets itself while being built: that inner occurrence is left to zod.
    compiled.set(schema, viaZod(schema));
    accept = build(schema) ?? viaZod(schema);
    compiled.set(schema, accept);
  }
  return accept;
}

/**
 * `schema.safeParse(input)`, with the fast path first: input it can prove valid is returned without
 * zod's payloads; anything else is parsed by zod, so errors and their paths are zod's own.
 */
export function safeParseFast<T extends z.ZodType>(
  schema: T,
  input: unknown,
): z.ZodSafeParseResult<z.output<T>> {
  const value = acceptorOf(schema)(input);
  return value === REJECT ? schema.safeParse(input) : { success: true, data: value as z.output<T> };
}
