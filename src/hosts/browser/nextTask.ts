/** Resolves in a later task of the page's event loop: what follows does not lengthen the task running now. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
