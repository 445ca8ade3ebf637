// The chat page: signs an API key in the browser (a permit, docs/api.md), streams answers
// from the OpenAI-compatible API, and opens each answer's on-chain record with the account's
// own key (the v1 envelope, docs/sealing.md), checked against its public result_hash.
// Nothing secret leaves the page: the key signs and opens here; the API sees the API key only.
'use strict';

const { u8aConcat, u8aEq, u8aToHex, hexToU8a, u8aToString, stringToU8a, bnToU8a } = polkadotUtil;
const {
  cryptoWaitReady, blake2AsU8a, blake2AsHex, keyExtractSuri, keyFromPath, mnemonicToMiniSecret,
  sr25519PairFromSeed, sr25519Sign, sr25519Agreement, naclDecrypt, encodeAddress,
} = polkadotUtilCrypto;

const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const PERMIT_DOMAIN = stringToU8a('gintonic/permit/v1');
const SEAL_DOMAIN = stringToU8a('gintonic-seal-v1');
const KEY_LIFETIME_BLOCKS = 432000; // 30 days of 6 s blocks

const $ = (id) => document.getElementById(id);
const state = { conversation: [], pair: null, busy: false };

// ---- keys --------------------------------------------------------------------------------

/** An sr25519 pair { publicKey, secretKey } from `//Name` (dev) or a mnemonic with an optional path. */
function pairFromSuri (suri) {
  const { path, phrase } = keyExtractSuri(suri.startsWith('//') ? `${DEV_PHRASE}${suri}` : suri);
  return keyFromPath(sr25519PairFromSeed(mnemonicToMiniSecret(phrase)), path, 'sr25519');
}

function currentPair () {
  const choice = $('account').value;
  const suri = choice === 'mnemonic' ? $('mnemonic').value.trim() : choice;
  if (!suri) throw new Error('type the mnemonic first');
  return pairFromSuri(suri);
}

function base64url (bytes) {
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Signs a permit for this miner's provider: the API key (docs/api.md). */
async function signApiKey () {
  const pair = currentPair();
  const chain = await (await fetch(`${apiUrl()}/v1/gintonic/chain`)).json();
  const provider = hexToU8a(chain.providers[0].public_key);
  const allowance = BigInt($('allowance').value || '0');
  const permit = u8aConcat(
    hexToU8a(chain.genesis_hash), pair.publicKey, provider,
    bnToU8a(allowance, { bitLength: 128, isLe: true }),
    bnToU8a(chain.best_block + KEY_LIFETIME_BLOCKS, { bitLength: 32, isLe: true }),
    bnToU8a(BigInt(Date.now()), { bitLength: 64, isLe: true }),
  );
  const signature = sr25519Sign(u8aConcat(PERMIT_DOMAIN, permit), pair);
  return `gk1_${base64url(u8aConcat(permit, signature))}`;
}

// ---- records -----------------------------------------------------------------------------

/** Opens a v1 envelope with `pair`; throws when the pair is no recipient or it is tampered. */
function openEnvelope (envelope, pair) {
  const FIXED = 58; const ENTRY = 80;
  if (envelope[0] !== 1) throw new Error(`unsupported envelope version ${envelope[0]}`);
  const count = envelope[FIXED - 1];
  const ephemeral = envelope.subarray(1, 33);
  const nonce = envelope.subarray(33, 57);
  let index = -1;
  for (let i = 0; i < count; i++) {
    if (u8aEq(envelope.subarray(FIXED + i * ENTRY, FIXED + i * ENTRY + 32), pair.publicKey)) index = i;
  }
  if (index < 0) throw new Error('this account is not a recipient of the record');
  const start = FIXED + index * ENTRY;
  const shared = sr25519Agreement(pair.secretKey, ephemeral);
  const kek = blake2AsU8a(u8aConcat(SEAL_DOMAIN, shared, ephemeral, pair.publicKey), 256);
  const contentKey = naclDecrypt(envelope.subarray(start + 32, start + ENTRY), nonce, kek);
  if (!contentKey) throw new Error('the wrapped key does not open');
  const plaintext = naclDecrypt(envelope.subarray(FIXED + count * ENTRY), nonce, contentKey);
  if (!plaintext) throw new Error('the content does not open');
  return plaintext;
}

/** A SCALE reader for RecordMetadata (pallets/primitives/src/record.rs). */
class Reader {
  constructor (bytes) { this.b = bytes; this.o = 0; }
  take (n) { if (this.o + n > this.b.length) throw new Error('truncated record'); const s = this.b.subarray(this.o, this.o + n); this.o += n; return s; }
  uint (n) { let v = 0n; const s = this.take(n); for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(s[i]); return v; }
  compact () {
    const first = this.b[this.o];
    switch (first & 3) {
      case 0: this.o += 1; return first >> 2;
      case 1: return Number(this.uint(2) >> 2n);
      case 2: return Number(this.uint(4) >> 2n);
      default: { this.o += 1; return Number(this.uint((first >> 2) + 4)); }
    }
  }
  bytes () { return this.take(this.compact()); }
  text () { return u8aToString(this.bytes()); }
  vec (item) { const n = this.compact(); return Array.from({ length: n }, () => item()); }
}

function decodeMetadata (plaintext) {
  const r = new Reader(plaintext);
  const m = {};
  m.dateTime = new Date(Number(r.uint(8))).toISOString();
  m.gpu = { model: r.text(), memoryGib: Number(r.uint(4)), count: Number(r.uint(4)) };
  m.provider = encodeAddress(r.take(32));
  m.pricePerHour = r.uint(16).toString();
  m.model = u8aToHex(r.take(32));
  m.modelName = r.text();
  m.params = {
    temperature: Number(r.uint(4)) / 1000, topP: Number(r.uint(4)) / 1000, topK: Number(r.uint(4)),
    maxTokens: Number(r.uint(4)), seed: r.uint(8).toString(), repetitionPenalty: Number(r.uint(4)) / 1000,
    stop: r.vec(() => r.text()),
  };
  m.prompt = r.text();
  try { m.prompt = JSON.parse(m.prompt); } catch { /* shown as text */ }
  m.instructions = r.text();
  m.response = r.text();
  m.sender = encodeAddress(r.take(32));
  m.responseTokens = r.vec(() => Number(r.uint(4))).length;
  m.finishReason = ['stop', 'length', 'truncated'][r.take(1)[0]] ?? 'unknown';
  m.precision = r.text();
  return m;
}

async function showRecord (record) {
  const body = $('record-body');
  body.textContent = '';
  const add = (tag, text, cls) => { const el = document.createElement(tag); el.textContent = text; if (cls) el.className = cls; body.append(el); return el; };
  add('p', `Record #${record.id} · block ${record.block} · paid ${record.payment}`);
  add('p', `result_hash ${record.result_hash}`).style.wordBreak = 'break-all';
  try {
    const plaintext = openEnvelope(hexToU8a(record.sealed_metadata), currentPair());
    const matches = blake2AsHex(plaintext, 256) === record.result_hash;
    add('p', matches ? '✓ the opened record matches its on-chain result_hash' : '✗ the opened record does NOT match result_hash', matches ? 'ok' : 'bad');
    add('pre', JSON.stringify(decodeMetadata(plaintext), null, 2));
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
  if (!$('api-key').value) $('api-key').value = await signApiKey();
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
  if (!location.protocol.startsWith('http')) $('api-url').value = localStorage.getItem('gintonic-api') ?? '';
  $('api-url').placeholder = location.protocol.startsWith('http') ? location.origin : 'http://127.0.0.1:8080';
  $('api-url').onchange = () => { localStorage.setItem('gintonic-api', $('api-url').value); loadModels(); };
  $('account').onchange = () => { $('mnemonic-row').hidden = $('account').value !== 'mnemonic'; $('api-key').value = ''; showAddress(); };
  $('mnemonic').oninput = () => { $('api-key').value = ''; showAddress(); };
  $('make-key').onclick = async () => {
    try { $('api-key').value = await signApiKey(); setStatus('API key signed in this page'); } catch (e) { setStatus(e.message, true); }
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

main();
