// The chat page: signs an API key in the browser (a permit, docs/api.md), streams answers
// from the OpenAI-compatible API, and opens each answer's on-chain record with the account's
// own key, checked against its public result_hash. Every format comes from @gintonic/client
// (clients/js), the chain's types from its own metadata. Nothing secret leaves the page: the
// key signs and opens here; the API sees the API key only.
import { encodeAddress } from '@polkadot/util-crypto';
import { cryptoWaitReady, openRecord, pairFromUri, registryFromMetadata, signApiKey } from '@gintonic/client';

/** How long a key signed here is good for: 30 days of 6 s blocks. */
const KEY_LIFETIME_BLOCKS = 432000;

const $ = (id) => document.getElementById(id);
const state = { conversation: [], busy: false, registry: null };

// ---- keys --------------------------------------------------------------------------------

/** Whether this page reached the user privately: over HTTPS, from this machine, or from disk. */
const privateOrigin = location.protocol === 'https:' || location.protocol === 'file:' ||
  ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);

function currentPair () {
  const choice = $('account').value;
  if (choice === 'mnemonic' && !privateOrigin && !$('insecure-ok').checked) {
    throw new Error('this page is not private (plain HTTP from another machine): see the warning');
  }
  const suri = choice === 'mnemonic' ? $('mnemonic').value.trim() : choice;
  if (!suri) throw new Error('type the mnemonic first');
  return pairFromUri(suri);
}

/** Shows the mnemonic row, and on a page that is not private the warning before it is usable. */
function showMnemonicRow () {
  const wanted = $('account').value === 'mnemonic';
  $('mnemonic-row').hidden = !wanted;
  $('insecure').hidden = !wanted || privateOrigin;
  $('mnemonic').disabled = !privateOrigin && !$('insecure-ok').checked;
}

/** Signs a permit for this miner's provider: the API key (docs/api.md). */
async function signKey () {
  const chain = await (await fetch(`${apiUrl()}/v1/gintonic/chain`)).json();
  return signApiKey(currentPair(), {
    genesisHash: chain.genesis_hash,
    provider: chain.providers[0].public_key,
    allowance: BigInt($('allowance').value || '0'),
    expiry: chain.best_block + KEY_LIFETIME_BLOCKS,
  });
}

// ---- records -----------------------------------------------------------------------------

/** The chain's types, from the runtime metadata the miner's node runs (fetched once). */
async function chainRegistry () {
  if (!state.registry) {
    const response = await fetch(`${apiUrl()}/v1/gintonic/metadata`);
    if (!response.ok) throw new Error(`the chain's metadata: ${response.status}`);
    state.registry = registryFromMetadata(new Uint8Array(await response.arrayBuffer()));
  }
  return state.registry;
}

async function showRecord (record) {
  const body = $('record-body');
  body.textContent = '';
  const add = (tag, text, cls) => { const el = document.createElement(tag); el.textContent = text; if (cls) el.className = cls; body.append(el); return el; };
  add('p', `Record #${record.id} · block ${record.block} · paid ${record.payment}`);
  add('p', `result_hash ${record.result_hash}`).style.wordBreak = 'break-all';
  try {
    const { matches, metadata } = openRecord(await chainRegistry(), record, currentPair());
    add('p', matches ? '✓ the opened record matches its on-chain result_hash (as the miner reads the chain)' : '✗ the opened record does NOT match result_hash', matches ? 'ok' : 'bad');
    const { responseTokens, ...shown } = metadata;
    add('pre', JSON.stringify({ ...shown, responseTokens: responseTokens.length }, null, 2));
  } catch (e) {
    add('p', `cannot open: ${e.message}`, 'bad');
  }
  $('record-dialog').showModal();
}

/** Polls the API until the call's record is on chain; fills the message's footer. */
async function followRecord (footer, ref) {
  footer.textContent = `recording on chain… interaction ${ref.interaction.slice(0, 12)}…`;
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await fetch(`${apiUrl()}/v1/gintonic/interactions/${ref.interaction}`);
    if (response.ok) {
      const record = await response.json();
      footer.textContent = '';
      // Text only: what a miner sends never becomes markup in this page.
      const label = document.createElement('span');
      label.className = 'record-id';
      label.textContent = `record #${record.id} · block ${record.block} · hash ${String(record.result_hash).slice(0, 14)}…`;
      const button = document.createElement('button');
      button.textContent = 'Open';
      button.className = 'open-record';
      button.type = 'button';
      button.onclick = () => showRecord(record);
      footer.append(label, button);
      footer.dataset.recorded = 'true';
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  footer.textContent = 'not recorded yet: try again later';
}

// ---- chat --------------------------------------------------------------------------------

function apiUrl () {
  return ($('api-url').value || location.origin).replace(/\/+$/, '');
}

function bubble (role, text) {
  const item = document.createElement('li');
  item.className = `message ${role}`;
  const body = document.createElement('div');
  body.className = 'text';
  body.textContent = text;
  item.append(body);
  $('messages').append(item);
  item.scrollIntoView({ block: 'end' });
  return item;
}

function setStatus (text, problem = false) {
  $('status').textContent = text;
  $('status').classList.toggle('problem', problem);
}

async function loadModels () {
  try {
    const list = await (await fetch(`${apiUrl()}/v1/models`)).json();
    const select = $('model');
    select.textContent = '';
    for (const model of list.data) {
      const option = document.createElement('option');
      option.value = model.id;
      option.textContent = model.id;
      option.title = `on-chain id ${model.gintonic_model_id}, provider ${model.owned_by}`;
      select.append(option);
    }
    setStatus(list.data.length ? `${list.data.length} model(s) · ${apiUrl()}` : 'no model served', !list.data.length);
  } catch (e) {
    setStatus(`cannot reach ${apiUrl()}: ${e.message}`, true);
  }
}

async function send (text) {
  if (!$('api-key').value) $('api-key').value = await signKey();
  state.conversation.push({ role: 'user', content: text });
  bubble('user', text);
  const item = bubble('assistant', '');
  const body = item.querySelector('.text');
  const footer = document.createElement('div');
  footer.className = 'record';
  item.append(footer);
  const instructions = $('instructions').value.trim();
  const messages = instructions ? [{ role: 'system', content: instructions }, ...state.conversation] : state.conversation;
  const response = await fetch(`${apiUrl()}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${$('api-key').value.trim()}` },
    body: JSON.stringify({
      model: $('model').value, messages, stream: true, stream_options: { include_usage: true },
      temperature: Number($('temperature').value), top_p: Number($('top-p').value),
      max_tokens: Number($('max-tokens').value), seed: Number($('seed').value),
    }),
  });
  if (!response.ok) {
    const error = await response.json().catch(() => ({ error: { message: response.statusText } }));
    item.className = 'message error';
    body.textContent = `${response.status}: ${error.error?.message ?? 'error'}`;
    state.conversation.pop();
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let answer = '';
  let ref = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
      if (!data || data === '[DONE]') continue;
      const chunk = JSON.parse(data);
      if (chunk.error) throw new Error(chunk.error.message);
      if (chunk.gintonic) ref = chunk.gintonic;
      if (chunk.usage) footer.dataset.usage = `${chunk.usage.completion_tokens} tokens`;
      const delta = chunk.choices?.[0]?.delta?.content;
      if (delta) { answer += delta; body.textContent = answer; item.scrollIntoView({ block: 'end' }); }
    }
  }
  state.conversation.push({ role: 'assistant', content: answer });
  if (ref) followRecord(footer, ref);
}

function showAddress () {
  try { $('address').textContent = encodeAddress(currentPair().publicKey); } catch { $('address').textContent = ''; }
}

async function main () {
  await cryptoWaitReady();
  $('api-url').value = localStorage.getItem('gintonic-api') ?? '';
  $('api-url').placeholder = location.protocol.startsWith('http') ? location.origin : 'http://127.0.0.1:8080';
  $('api-url').onchange = () => { localStorage.setItem('gintonic-api', $('api-url').value); state.registry = null; loadModels(); };
  $('account').onchange = () => { showMnemonicRow(); $('api-key').value = ''; showAddress(); };
  $('insecure-ok').onchange = showMnemonicRow;
  $('mnemonic').oninput = () => { $('api-key').value = ''; showAddress(); };
  $('make-key').onclick = async () => {
    try { $('api-key').value = await signKey(); setStatus('API key signed in this page'); } catch (e) { setStatus(e.message, true); }
  };
  $('toggle-settings').onclick = () => $('settings').classList.toggle('open');
  $('clear').onclick = () => { state.conversation = []; $('messages').textContent = ''; };
  const prompt = $('prompt');
  prompt.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); $('composer').requestSubmit(); }
  });
  prompt.addEventListener('input', () => { prompt.style.height = 'auto'; prompt.style.height = `${prompt.scrollHeight}px`; });
  $('composer').onsubmit = async (e) => {
    e.preventDefault();
    const text = prompt.value.trim();
    if (!text || state.busy) return;
    prompt.value = '';
    state.busy = true;
    $('send').disabled = true;
    try { await send(text); } catch (error) { bubble('error', error.message); } finally {
      state.busy = false;
      $('send').disabled = false;
    }
  };
  showAddress();
  await loadModels();
}

await main();
