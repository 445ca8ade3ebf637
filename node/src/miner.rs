//! `--miner`: the native miner service beside the chain. The node loads each `--model` folder
//! whose content hashes the model registry knows, takes the provider's `infr` keys from its
//! keystore, serves the runtime's offchain worker on a loopback port and tells it where
//! (offchain local storage, [`MINER_URL_KEY`], with the secret each of its calls carries,
//! [`MINER_SECRET_KEY`]). With `--api-port`, it also serves the
//! OpenAI-compatible API and the chat page, reading the chain through [`ClientChain`].

use crate::rpc::views::MinerView;
use gintonic_engine::{
	load::{folder::ModelFolder, hash::hash_folder},
	BatchScheduler, Engine, EngineOptions, Quantization, SchedulerLimits,
};
use gintonic_miner::{
	api::{
		server::{tls_config, ServeOptions},
		Api,
	},
	api_key::ChainPermit,
	chain::{ChainRecord, ChainView},
	http::ServiceSecret,
	Miner, ModelSet, ProviderKeys, ServedModel,
};
use gintonic_primitives::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	api::{InferenceApi, ModelsApi, ProvidersApi},
	miner::{KEY_TYPE, MINER_SECRET_KEY, MINER_URL_KEY},
	model::model_id,
	ContentHash, ModelId, RecordId,
};
use gintonic_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use gintonic_seal::Opener;
use sc_client_api::{Backend, HeaderBackend};
use sc_keystore::LocalKeystore;
use sc_service::{Configuration, TaskManager};
use sp_api::{Metadata as _, ProvideRuntimeApi};
use sp_core::{offchain::OffchainStorage, Pair};
use sp_keystore::Keystore;
use sp_runtime::MultiSignature;
use std::{net::SocketAddr, path::PathBuf, sync::Arc};

/// The metadata version the API serves: 15 names the runtime APIs' types, as @polkadot/types
/// reads them.
const METADATA_VERSION: u32 = 15;

/// The miner's command-line options.
#[derive(Debug, Clone, clap::Args)]
pub struct MinerParams {
	/// Serve the requests assigned to this node's provider keys (keystore type `infr`) with
	/// the `--model` folders. With `--dev`, Alice's dev key is used.
	#[arg(long)]
	pub miner: bool,

	/// A Hugging Face model folder to serve (repeatable). Its content hashes must match a
	/// model registered on chain; a folder that does not is refused, and the node goes on.
	#[arg(long = "model", value_name = "FOLDER", requires = "miner")]
	pub models: Vec<PathBuf>,

	/// Device to run on: `cpu` or `cuda:N` (a binary built with the `cuda` feature).
	#[arg(long, default_value = "cpu", requires = "miner")]
	pub device: String,

	/// Precision of the weights: `f32`, `f16` or `bf16`.
	#[arg(long, default_value = "f32", requires = "miner")]
	pub dtype: String,

	/// Quantize the weights at load: `q8_0` (Mixtral-8x7B fits one 80 GB GPU) or `q4k`; the
	/// records name it as the precision.
	#[arg(long, requires = "miner")]
	pub quant: Option<String>,

	/// Most sequences one forward pass takes (concurrent requests share passes).
	#[arg(long, default_value_t = 8, requires = "miner")]
	pub max_batch: usize,

	/// Memory for the running sequences' KV caches, per model, in MiB: a request is admitted
	/// when its prompt and max_tokens fit, and waits until then.
	#[arg(long, default_value_t = 2048, requires = "miner")]
	pub kv_cache_mib: u64,

	/// Requests waiting for admission per model before new ones are refused as saturated.
	#[arg(long, default_value_t = 64, requires = "miner")]
	pub max_waiting: usize,

	/// Most tokens one forward pass runs: a decoded token of each running sequence, the rest
	/// for the next chunks of prompts being read.
	#[arg(long, default_value_t = 512, requires = "miner")]
	pub step_tokens: usize,

	/// Loopback port of the miner service the offchain worker calls (0: any free port).
	#[arg(long, default_value_t = 0, requires = "miner")]
	pub miner_port: u16,

	/// Serve the OpenAI-compatible API and the chat page on this port (default: off).
	#[arg(long, requires = "miner")]
	pub api_port: Option<u16>,

	/// Listen for the API on every interface, not only on loopback.
	#[arg(long, requires = "api_port")]
	pub api_external: bool,

	/// API calls running or waiting at once before new ones get 503 with Retry-After
	/// (default: four times --max-batch).
	#[arg(long, requires = "api_port")]
	pub api_max_in_flight: Option<usize>,

	/// Connections the API keeps open at once; the next wait until one closes. Idle and slow
	/// connections are closed after 10 s without a request head, 30 s without its body.
	#[arg(long, default_value_t = gintonic_miner::api::server::DEFAULT_MAX_CONNECTIONS, requires = "api_port")]
	pub api_max_connections: usize,

	/// Serve the API and the chat page over HTTPS with this PEM certificate chain (with
	/// `--api-tls-key`): what a miner exposed with `--api-external` must do, since API keys and
	/// the chat page's mnemonic cross the network.
	#[arg(long, value_name = "PEM", requires_all = ["api_port", "api_tls_key"])]
	pub api_tls_cert: Option<PathBuf>,

	/// The PEM private key of `--api-tls-cert`.
	#[arg(long, value_name = "PEM", requires = "api_tls_cert")]
	pub api_tls_key: Option<PathBuf>,
}

/// A miner's RPC serves safe methods only: the unsafe `offchain_localStorageGet`/`Set` would let
/// any caller of the RPC port (any local process, by default) read the miner service's secret or
/// point the offchain worker at a service of its own. `--rpc-methods auto` (the default) becomes
/// `safe`; `unsafe` is refused.
pub fn restrict_rpc(config: &mut Configuration, params: &MinerParams) -> sc_cli::Result<()> {
	use sc_service::config::RpcMethods;
	if !params.miner {
		return Ok(());
	}
	let is_unsafe = |methods: &RpcMethods| matches!(methods, RpcMethods::Unsafe);
	let unsafe_asked = is_unsafe(&config.rpc.methods)
		|| config.rpc.addr.iter().flatten().any(|endpoint| is_unsafe(&endpoint.rpc_methods));
	if unsafe_asked {
		return Err(sc_cli::Error::Input(
			"--miner with --rpc-methods unsafe: unsafe RPC methods (offchain_localStorageSet and \
			 Get) would let any caller steer the miner or read its secret; insert keys with \
			 `gintonic-node key insert` instead"
				.into(),
		));
	}
	config.rpc.methods = RpcMethods::Safe;
	for endpoint in config.rpc.addr.iter_mut().flatten() {
		endpoint.rpc_methods = RpcMethods::Safe;
	}
	Ok(())
}

/// Starts the miner service when `--miner` is given and records its URL for the offchain
/// worker; otherwise removes any URL a previous run left. Returns what `inference_miner`
/// says of it.
pub fn start<C, B>(
	params: &MinerParams,
	config: &Configuration,
	client: Arc<C>,
	backend: &B,
	keystore: Arc<LocalKeystore>,
	task_manager: &TaskManager,
) -> Result<Option<MinerView>, sc_service::Error>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ModelsApi<Block, AccountId, Balance, BlockNumber>
		+ ProvidersApi<Block, AccountId, Balance, BlockNumber>
		+ InferenceApi<Block, AccountId, Balance, BlockNumber>
		+ sp_api::Metadata<Block>,
	B: Backend<Block>,
{
	let secret = ServiceSecret::generate();
	let (url, view) = if params.miner {
		let (url, view) = launch(params, config, client, keystore, secret.clone(), task_manager)?;
		(Some(url), Some(view))
	} else {
		(None, None)
	};
	if let Some(mut storage) = backend.offchain_storage() {
		let prefix = sp_core::offchain::STORAGE_PREFIX;
		match &url {
			Some(url) => {
				storage.set(prefix, MINER_SECRET_KEY, secret.as_bytes());
				storage.set(prefix, MINER_URL_KEY, url.as_bytes());
			}
			None => {
				storage.remove(prefix, MINER_URL_KEY);
				storage.remove(prefix, MINER_SECRET_KEY);
			}
		}
	}
	Ok(view)
}

fn launch<C>(
	params: &MinerParams,
	config: &Configuration,
	client: Arc<C>,
	keystore: Arc<LocalKeystore>,
	secret: ServiceSecret,
	task_manager: &TaskManager,
) -> Result<(String, MinerView), sc_service::Error>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ModelsApi<Block, AccountId, Balance, BlockNumber>
		+ ProvidersApi<Block, AccountId, Balance, BlockNumber>
		+ InferenceApi<Block, AccountId, Balance, BlockNumber>
		+ sp_api::Metadata<Block>,
{
	let keys = provider_keys(config, &keystore)?;
	let models = load_models(params, &*client);
	if models.is_empty() {
		log::warn!(target: "gintonic::miner", "no model to serve: every request will be reported failed");
	}
	let store = config.data_path.join("miner");
	let gpu = gintonic_miner::device::describe(&params.device);
	let miner = Miner::new(models, keys, gpu, Some(store))
		.map_err(|e| sc_service::Error::Other(format!("miner job store: {e}")))?;
	let (listener, address) = bind([127, 0, 0, 1], params.miner_port, "miner service port")?;
	let providers: Vec<AccountId> =
		miner.keys().public_keys().map(|key| AccountId::from(*key)).collect();
	let api_url = match params.api_port {
		Some(port) => Some(launch_api(params, port, &miner, client, task_manager)?),
		None => None,
	};
	let watched = Arc::clone(&miner);
	task_manager.spawn_essential_handle().spawn("gintonic-device-watch", None, async move {
		watch_devices(&watched).await;
	});
	task_manager.spawn_essential_handle().spawn("gintonic-miner", None, async move {
		if let Err(e) = gintonic_miner::http::serve(miner, secret, listener).await {
			log::error!(target: "gintonic::miner", "the miner service stopped: {e}");
		}
	});
	let url = format!("http://{address}");
	log::info!(target: "gintonic::miner", "⛏  miner service on {url}");
	Ok((url, MinerView::new(&providers, api_url)))
}

/// Returns when a model's device has failed (a CUDA fault poisons the process's context):
/// this essential task ending shuts the node down, for its supervisor (systemd, a container
/// runtime) to restart it; the miner's jobs and pending records are on disk and survive.
async fn watch_devices(miner: &Miner) {
	loop {
		tokio::time::sleep(std::time::Duration::from_secs(2)).await;
		for model in miner.models().iter() {
			if let Some(fault) = model.scheduler.device_fault() {
				log::error!(
					target: "gintonic::miner",
					"the device serving {} failed ({fault}): stopping the node for a restart",
					model.name
				);
				return;
			}
		}
	}
}

/// Binds the API's port and serves the API and the chat page; returns its URL.
fn launch_api<C>(
	params: &MinerParams,
	port: u16,
	miner: &Arc<Miner>,
	client: Arc<C>,
	task_manager: &TaskManager,
) -> Result<String, sc_service::Error>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ProvidersApi<Block, AccountId, Balance, BlockNumber>
		+ InferenceApi<Block, AccountId, Balance, BlockNumber>
		+ sp_api::Metadata<Block>,
{
	let host = if params.api_external { [0, 0, 0, 0] } else { [127, 0, 0, 1] };
	let tls = match (&params.api_tls_cert, &params.api_tls_key) {
		(Some(certificate), Some(key)) => {
			Some(tls_config(certificate, key).map_err(sc_service::Error::Other)?)
		}
		_ => None,
	};
	if params.api_external && tls.is_none() {
		log::warn!(
			target: "gintonic::api",
			"the API listens on every interface over plain HTTP: API keys and the chat page's \
			 mnemonic cross the network in clear; give --api-tls-cert and --api-tls-key"
		);
	}
	let scheme = if tls.is_some() { "https" } else { "http" };
	let (listener, address) = bind(host, port, "--api-port")?;
	let max_in_flight = params.api_max_in_flight.unwrap_or(params.max_batch * 4);
	let api = Api::new(Arc::clone(miner), Arc::new(ClientChain { client }), max_in_flight);
	let options = ServeOptions { tls, max_connections: params.api_max_connections };
	task_manager.spawn_essential_handle().spawn("gintonic-api", None, async move {
		if let Err(e) = gintonic_miner::api::serve(api, listener, options).await {
			log::error!(target: "gintonic::api", "the API stopped: {e}");
		}
	});
	let url = format!("{scheme}://{address}");
	log::info!(target: "gintonic::api", "💬 OpenAI-compatible API on {url}/v1, chat page on {url}/");
	Ok(url)
}

/// A non-blocking listener on `host:port` (port 0: any free one) and the address it got;
/// `what` names it in the error.
fn bind(
	host: [u8; 4],
	port: u16,
	what: &str,
) -> Result<(std::net::TcpListener, SocketAddr), sc_service::Error> {
	let listener = std::net::TcpListener::bind(SocketAddr::from((host, port)))
		.and_then(|listener| listener.set_nonblocking(true).map(|()| listener))
		.map_err(|e| sc_service::Error::Other(format!("{what} {port}: {e}")))?;
	let address = listener.local_addr().map_err(|e| sc_service::Error::Other(e.to_string()))?;
	Ok((listener, address))
}

/// The chain as the API reads it: the client's best block, through the runtime APIs.
pub struct ClientChain<C> {
	client: Arc<C>,
}

impl<C> ChainView for ClientChain<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ProvidersApi<Block, AccountId, Balance, BlockNumber>
		+ InferenceApi<Block, AccountId, Balance, BlockNumber>
		+ sp_api::Metadata<Block>,
{
	fn genesis_hash(&self) -> [u8; 32] {
		self.client.info().genesis_hash.into()
	}

	fn best_number(&self) -> u32 {
		self.client.info().best_number
	}

	fn admit_permit(
		&self,
		provider: &AccountId,
		model: &ModelId,
		permit: &ChainPermit,
		signature: &MultiSignature,
		query: AdmissionQuery<u128, u32>,
	) -> Result<Result<Admission<u128>, PermitRefusal>, String> {
		let info = self.client.info();
		// The genesis state cannot name its own block's hash (frame_system keeps a placeholder
		// until block 1 is initialised), so the chain's checks cannot run on it: a call waits
		// for the first block (503, retried).
		if info.best_number == 0 {
			return Err("the chain has not produced its first block yet".into());
		}
		let best = info.best_hash;
		self.client
			.runtime_api()
			.admit_permit(best, provider.clone(), *model, permit.clone(), signature.clone(), query)
			.map_err(|e| e.to_string())
	}

	fn interaction_record(
		&self,
		digest: ContentHash,
	) -> Result<Option<(RecordId, ChainRecord)>, String> {
		let best = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let Some(id) = api.interaction_record(best, digest).map_err(|e| e.to_string())? else {
			return Ok(None);
		};
		Ok(api.record(best, id).map_err(|e| e.to_string())?.map(|record| (id, record)))
	}

	fn metadata(&self) -> Result<Vec<u8>, String> {
		let best = self.client.info().best_hash;
		let api = self.client.runtime_api();
		let latest = api.metadata_at_version(best, METADATA_VERSION).map_err(|e| e.to_string())?;
		match latest {
			Some(metadata) => Ok(metadata.to_vec()),
			None => Ok(api.metadata(best).map_err(|e| e.to_string())?.to_vec()),
		}
	}
}

/// The keystore's `infr` keys as openers; with `--dev`, Alice's key is put there first.
fn provider_keys(
	config: &Configuration,
	keystore: &LocalKeystore,
) -> Result<ProviderKeys, sc_service::Error> {
	if let Some(seed) = &config.dev_key_seed {
		keystore
			.sr25519_generate_new(KEY_TYPE, Some(seed))
			.map_err(|e| sc_service::Error::Other(format!("dev provider key: {e}")))?;
	}
	let mut keys = ProviderKeys::default();
	for public in keystore.sr25519_public_keys(KEY_TYPE) {
		let app_public = pallet_inference::crypto::Public::from(public);
		match keystore.key_pair::<pallet_inference::crypto::Pair>(&app_public) {
			Ok(Some(pair)) => match Opener::from_schnorrkel_secret(&pair.as_ref().to_raw_vec()) {
				Ok(opener) => keys.insert(opener),
				Err(e) => log::warn!(target: "gintonic::miner", "key {public}: {e}"),
			},
			_ => {
				log::warn!(target: "gintonic::miner", "key {public}: its secret is not in the keystore")
			}
		}
	}
	if keys.is_empty() {
		log::warn!(
			target: "gintonic::miner",
			"no provider key (type infr) in the keystore: insert one with `key insert --key-type infr`"
		);
	}
	Ok(keys)
}

/// Each `--model` folder whose hashes name a registered model, loaded behind a scheduler.
fn load_models<C>(params: &MinerParams, client: &C) -> ModelSet
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: ModelsApi<Block, AccountId, Balance, BlockNumber>,
{
	let mut models = ModelSet::default();
	let options = match engine_options(params) {
		Ok(options) => options,
		Err(e) => {
			log::error!(target: "gintonic::miner", "{e}");
			return models;
		}
	};
	let best = client.info().best_hash;
	for folder in &params.models {
		let shown = folder.display();
		let hashes = match ModelFolder::open(folder).and_then(|opened| hash_folder(&opened)) {
			Ok(hashes) => hashes,
			Err(e) => {
				log::error!(target: "gintonic::miner", "refusing model folder {shown}: {e}");
				continue;
			}
		};
		let id = model_id(&ContentHash::from(hashes.weights), &ContentHash::from(hashes.tokenizer));
		let registered = match client.runtime_api().model(best, id) {
			Ok(Some(info)) => info,
			Ok(None) => {
				log::error!(
					target: "gintonic::miner",
					"refusing model folder {shown}: its content (model id {id:?}) is not registered on chain"
				);
				continue;
			}
			Err(e) => {
				log::error!(target: "gintonic::miner", "refusing model folder {shown}: {e}");
				continue;
			}
		};
		let loaded = Engine::load(folder, &options).and_then(|engine| {
			let precision = engine.precision();
			Ok((BatchScheduler::start(Arc::new(engine), scheduler_limits(params))?, precision))
		});
		match loaded {
			Ok((scheduler, precision)) => {
				let name = String::from_utf8_lossy(&registered.name).into_owned();
				log::info!(target: "gintonic::miner", "serving {name} ({id:?}) from {shown} on {}", params.device);
				models.insert(ServedModel { id, name, precision, scheduler });
			}
			Err(e) => log::error!(target: "gintonic::miner", "refusing model folder {shown}: {e}"),
		}
	}
	models
}

fn engine_options(params: &MinerParams) -> Result<EngineOptions, String> {
	let device =
		gintonic_engine::load::device::parse_device(&params.device).map_err(|e| e.to_string())?;
	let dtype =
		gintonic_engine::load::device::parse_dtype(&params.dtype).map_err(|e| e.to_string())?;
	let quant =
		params.quant.as_deref().map(Quantization::parse).transpose().map_err(|e| e.to_string())?;
	Ok(EngineOptions { dtype, device, quant })
}

/// The batch scheduler's limits from the command line.
fn scheduler_limits(params: &MinerParams) -> SchedulerLimits {
	SchedulerLimits {
		max_batch: params.max_batch,
		max_waiting: params.max_waiting,
		kv_cache_bytes: params.kv_cache_mib.saturating_mul(1 << 20),
		step_tokens: params.step_tokens,
	}
}
