// Signing and submitting extrinsics with polkadot.js, resolving once they are in a block.

/** How long a transaction may take to reach a block before the test fails. */
const IN_BLOCK_WITHIN_MS = 120_000;

/**
 * Signs `tx` with `signer`, submits it and waits until it is in a block. Resolves to the
 * events of the extrinsic; rejects with the decoded module error (e.g. `models.UnknownParent`),
 * when the pool drops, usurps or invalidates it, or when it is not in a block in time: a test
 * fails, it never hangs.
 */
export function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    const timer = setTimeout(() => {
      unsubscribe?.();
      reject(new Error(`not in a block within ${IN_BLOCK_WITHIN_MS / 1000} s: ${tx.method.section}.${tx.method.method}`));
    }, IN_BLOCK_WITHIN_MS);
    const fail = (error) => {
      clearTimeout(timer);
      unsubscribe?.();
      reject(error);
    };
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        fail(new Error(`transaction ${status.type}: ${tx.method.section}.${tx.method.method}`));
        return;
      }
      if (!status.isInBlock && !status.isFinalized) return;
      clearTimeout(timer);
      unsubscribe?.();
      if (dispatchError) {
        if (dispatchError.isModule) {
          const { section, name } = api.registry.findMetaError(dispatchError.asModule);
          reject(new Error(`${section}.${name}`));
        } else {
          reject(new Error(dispatchError.type));
        }
        return;
      }
      resolve(events.map(({ event }) => event));
    })
      .then((unsub) => {
        unsubscribe = unsub;
      })
      .catch(fail);
  });
}

/** The first event `section.method` among `events`, or throws naming the ones seen. */
export function findEvent(events, section, method) {
  const found = events.find((event) => event.section === section && event.method === method);
  if (!found) {
    throw new Error(
      `no ${section}.${method} among ${events.map((e) => `${e.section}.${e.method}`).join(', ')}`,
    );
  }
  return found;
}
