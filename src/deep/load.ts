import { Limiter } from '../util/limiter.js';
import { DeepEngineMissing } from './errors.js';
import type { DeepReader } from './types.js';

let loading: Promise<DeepReader> | undefined;

/**
 * The `--deep` engines, loaded once per process (a batch pays the load once) and shared by every
 * folder. At most `concurrency` images are read at a time (`batch --jobs` bounds reading like
 * decodes). Throws `DeepEngineMissing` naming every package to install when an engine is absent.
 */
export function loadDeepReader(concurrency = 1): Promise<DeepReader> {
  loading ??= load(concurrency).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(concurrency: number): Promise<DeepReader> {
  const [documents, face] = await Promise.all([
    import('./documents/engine.js'),
    import('./face/engine.js'),
  ]);
  const made = await Promise.allSettled([
    documents.createDocumentReader(),
    face.createFaceReader(),
  ]);
  const missing = made.flatMap((m) =>
    m.status === 'rejected' && m.reason instanceof DeepEngineMissing ? [m.reason] : [],
  );
  if (missing.length > 0)
    throw new DeepEngineMissing(
      [...new Set([...documents.packages, ...face.packages])],
      // The document engine's flags always: the one command installs every package it lists.
      [...new Set([...documents.INSTALL_FLAGS, ...missing.flatMap((m) => m.installFlags)])],
    );
  for (const m of made) if (m.status === 'rejected') throw m.reason;
  const [readDocument, readFace] = made.map(
    (m) => (m as PromiseFulfilledResult<unknown>).value,
  ) as [
    Awaited<ReturnType<typeof documents.createDocumentReader>>,
    Awaited<ReturnType<typeof face.createFaceReader>>,
  ];
  const limiter = new Limiter(Math.max(1, concurrency));
  return {
    readDocument: (image, kind) => limiter.run(() => readDocument(image, kind)),
    readFace: (image) => limiter.run(() => readFace(image)),
    close: async () => {
      loading = undefined;
    },
  };
}
