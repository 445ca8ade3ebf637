// Signing and submitting extrinsics with polkadot.js, resolving once they are in a block.

/**
 * Signs `tx` with `signer`, submits it and waits until it is in a block. Resolves to the
 * events of the extrinsic; rejects with the decoded module error (e.g. `models.UnknownParent`).
 */
export function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (!status.isInBlock && !status.isFinalized) return;
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
      .catch(reject);
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
