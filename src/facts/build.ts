import { deepRequests } from '../deep/requests.js';
import type { DeepFacts, DeepReader, DeepRequest, DocumentReading } from '../deep/types.js';
import type { FactNeed } from '../engine/types.js';
import type { ImageRole } from './image-types.js';
import { resolveMaterials } from './materials.js';
import { profileFacts } from './profile.js';
import type { FolderSource, ImageRequest } from './source.js';
import type { Facts, FileFacts, MaterialSlot } from './types.js';

export interface BuildOptions {
  /** The date rules compare against (`--today`), YYYY-MM-DD. */
  readonly today: string;
  /** Facts the rules that will run need (images are gathered only when some rule reads them). */
  readonly needs: ReadonlySet<FactNeed>;
  /** `--deep`: the engines that read the images (when a rule needs `deep`). */
  readonly deep?: DeepReader;
}

/**
 * The one way facts are made, whatever the folder is (the disk for check, batch and fix; memory
 * for `fill`'s per-answer check and for rule tests): list the folder and read the profile, find
 * which files the materials use and whether each can be read, gather image facts when a rule
 * needs them, and freeze it all. Pure apart from the source it asks; a synchronous source gives
 * facts at once, any other a promise of them.
 */
export function buildFacts(source: FolderSource<true>, options: BuildOptions): Facts;
export function buildFacts(source: FolderSource, options: BuildOptions): Promise<Facts>;
export function buildFacts(source: FolderSource, options: BuildOptions): Facts | Promise<Facts> {
  const steps = factSteps(source, options);
  return source.synchronous ? runNow(steps) : runLater(steps);
}

/**
 * The steps of `buildFacts`, each asking the source: `yield* answer(…)` is the answer, awaited
 * when the source is asynchronous. Written once, run by `runNow` or `runLater`.
 */
function* factSteps(source: FolderSource, options: BuildOptions): Steps<Facts> {
  const [text, listing] = yield* answer(both(source.readProfile(), source.list()));
  const profile = profileFacts(text);
  const materials = resolveMaterials(
    profile.status === 'ok' ? profile.data : undefined,
    listing.entries,
  );
  const names = [...new Set(materials.flatMap((m) => m.files))];
  const access = yield* answer(source.probe(names));
  const files = new Map<string, FileFacts>();
  for (const name of names)
    files.set(name, { name, access: access.get(name) ?? { status: 'missing' } });
  if (options.needs.has('images')) {
    const gathered = yield* answer(source.gatherImages(imageRequests(materials, files)));
    for (const [name, file] of gathered) files.set(name, file);
  }
  const deep =
    options.deep && options.needs.has('deep')
      ? yield* readDeep(source, options.deep, deepRequests(materials, files))
      : undefined;
  return deepFreeze({
    target: source.target,
    today: options.today,
    profile,
    folder: listing.entries,
    folderTruncated: listing.problem?.kind === 'too-large',
    ...(listing.problem ? { folderProblem: listing.problem } : {}),
    materials,
    files,
    ...(deep ? { deep } : {}),
  });
}

/** What `--deep` reads: each requested file's bytes, opened again, given to its reader. */
function* readDeep(
  source: FolderSource,
  reader: DeepReader,
  requests: readonly DeepRequest[],
): Steps<DeepFacts> {
  const documents = new Map<string, DocumentReading>();
  let face: DeepFacts['face'];
  for (const request of requests) {
    const data = yield* answer(source.readBytes(request.name));
    if (!data) continue;
    const image = { name: request.name, data };
    if (request.read === 'document')
      documents.set(request.name, yield* answer(reader.readDocument(image, request.kind)));
    else if (!face) face = { file: request.name, reading: yield* answer(reader.readFace(image)) };
  }
  return { documents, ...(face ? { face } : {}) };
}

/** Every readable, non-empty file a material uses, with the roles its materials give it. */
function imageRequests(
  materials: readonly MaterialSlot[],
  files: ReadonlyMap<string, FileFacts>,
): ImageRequest[] {
  const roles = new Map<string, Set<ImageRole>>();
  for (const slot of materials)
    for (const name of slot.files) {
      const set = roles.get(name) ?? new Set<ImageRole>();
      set.add(slot.material === 'photo' ? 'photo' : 'attachment');
      roles.set(name, set);
    }
  return [...files.values()]
    .filter((f) => f.access.status === 'ok' && f.access.size > 0)
    .map((f) => ({ name: f.name, roles: roles.get(f.name) ?? new Set() }));
}

type Steps<T> = Generator<unknown, T, unknown>;

/** The source's answer, as the runner hands it back. */
function* answer<T>(value: T | Promise<T>): Generator<T | Promise<T>, T, unknown> {
  return (yield value) as T;
}

/** Two answers at once: both now, or one promise of both. */
function both<A, B>(a: A | Promise<A>, b: B | Promise<B>): [A, B] | Promise<[A, B]> {
  return a instanceof Promise || b instanceof Promise ? Promise.all([a, b]) : [a, b];
}

function runNow<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) {
    if (step.value instanceof Promise)
      throw new Error('a synchronous folder source answered later');
    step = steps.next(step.value);
  }
  return step.value;
}

async function runLater<T>(steps: Steps<T>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await step.value);
  return step.value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
    else for (const v of Object.values(value)) if (typeof v !== 'function') deepFreeze(v);
  }
  return value;
}
