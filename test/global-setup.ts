/**
 * Runs once before the suite. Test images are generated here with sharp (later issues),
 * never committed in bulk.
 */
export default async function setup(): Promise<void> {}
