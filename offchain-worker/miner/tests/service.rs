//! The loopback miner service as another local process or a web page sees it: without the
//! secret every call gets 401 and changes nothing, a foreign `Host` gets 403, and the node's
//! offchain worker (which holds the secret) is served. Over a real socket, with raw HTTP.

use codec::{Decode, Encode};
use gintonic_miner::{
	http::{router, ServiceSecret},
	interactions::Queued,
	Miner, ModelSet, ProviderKeys,
};
use gintonic_primitives::{
	interaction::{Interaction, InteractionProof},
	miner::{bearer, job_digest, job_path, MinerJob},
	ContentHash, ModelId, RecordFee, Throughput, TokenRate, Usage,
};
use sp_core::sr25519;
use sp_runtime::{AccountId32, MultiSignature};
use std::{
	io::{Read, Write},
	net::TcpStream,
	sync::Arc,
};

/// The service on a loopback port, served on a background runtime, with `miner` and `secret`.
fn serve(miner: Arc<Miner>, secret: ServiceSecret) -> u16 {
	let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
	let port = listener.local_addr().unwrap_or_else(|e| panic!("{e}")).port();
	listener.set_nonblocking(true).unwrap_or_else(|e| panic!("{e}"));
	std::thread::spawn(move || {
		let runtime = tokio::runtime::Builder::new_current_thread()
			.enable_all()
			.build()
			.unwrap_or_else(|e| panic!("{e}"));
		runtime.block_on(async move {
			let listener =
				tokio::net::TcpListener::from_std(listener).unwrap_or_else(|e| panic!("{e}"));
			let _ = axum::serve(listener, router(miner, secret)).await;
		});
	});
	port
}

/// One HTTP/1.1 call; the status code and body.
fn call(
	port: u16,
	method: &str,
	path: &str,
	host: &str,
	authorization: Option<&[u8]>,
	body: &[u8],
) -> (u16, Vec<u8>) {
	let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("{e}"));
	let mut request = format!(
		"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
		body.len()
	)
	.into_bytes();
	if let Some(value) = authorization {
		request.extend_from_slice(b"Authorization: ");
		request.extend_from_slice(value);
		request.extend_from_slice(b"\r\n");
	}
	request.extend_from_slice(b"\r\n");
	request.extend_from_slice(body);
	stream.write_all(&request).unwrap_or_else(|e| panic!("{e}"));
	let mut response = Vec::new();
	stream.read_to_end(&mut response).unwrap_or_else(|e| panic!("{e}"));
	let head_end = response
		.windows(4)
		.position(|window| window == b"\r\n\r\n")
		.unwrap_or_else(|| panic!("no HTTP head in {response:?}"));
	let head = String::from_utf8_lossy(&response[..head_end]).into_owned();
	let status = head
		.split(' ')
		.nth(1)
		.and_then(|code| code.parse().ok())
		.unwrap_or_else(|| panic!("no status in {head}"));
	(status, response[head_end + 4..].to_vec())
}

fn queued(n: u8) -> Queued {
	let account = AccountId32::new([1; 32]);
	Queued {
		provider: AccountId32::new([2; 32]),
		interaction: Interaction {
			sender: account,
			proof: InteractionProof::Signed {
				signature: MultiSignature::Sr25519(sr25519::Signature::from_raw([0; 64])),
				expiry: 100,
			},
			model: ModelId::repeat_byte(9),
			request_hash: ContentHash::repeat_byte(n),
			max_payment: 10,
			result_hash: ContentHash::repeat_byte(3),
			sealed_metadata: vec![1, 2, 3],
			usage: Usage { prompt_tokens: 1, completion_tokens: 1 },
		},
	}
}

fn job(id: u64) -> MinerJob {
	MinerJob {
		id,
		sender: [1; 32],
		provider: [2; 32],
		encryption_key: [2; 32],
		model: ModelId::repeat_byte(9),
		params: Default::default(),
		rate: TokenRate {
			price_per_hour: 1,
			gpu_count: 1,
			throughput: Throughput { prompt_tokens_per_second: 1, completion_tokens_per_second: 1 },
		},
		max_payment: 1,
		record_fee: RecordFee { base: 0, per_byte: 0 },
		sealed_prompt: vec![0; 8],
	}
}

#[test]
fn without_the_secret_or_from_a_foreign_host_nothing_is_read_or_changed() {
	let miner = Miner::new(
		ModelSet::default(),
		ProviderKeys::default(),
		gintonic_miner::device::describe("cpu"),
		None,
	)
	.unwrap_or_else(|e| panic!("{e}"));
	miner.interactions().push(queued(1));
	let secret = ServiceSecret::generate();
	let port = serve(Arc::clone(&miner), secret.clone());
	let good = bearer(secret.as_bytes());
	let wrong = bearer(ServiceSecret::generate().as_bytes());
	let local = format!("127.0.0.1:{port}");
	let job_body = job(3).encode();
	let status_path = job_path(3, &job_digest(&job(3)));
	let done_body = vec![ContentHash::repeat_byte(1)].encode();
	let forget_body = vec![(3u64, job_digest(&job(3)))].encode();
	let refused_body = vec![(ContentHash::repeat_byte(1), b"PermitRevoked".to_vec())].encode();
	let guarded: [(&str, &str, &[u8]); 6] = [
		("POST", "/jobs", &job_body),
		("GET", &status_path, b""),
		("POST", "/jobs/forget", &forget_body),
		("GET", "/interactions", b""),
		("POST", "/interactions/done", &done_body),
		("POST", "/interactions/refused", &refused_body),
	];

	for (method, path, body) in guarded {
		for authorization in [None, Some(&wrong[..]), Some(&b"Bearer "[..])] {
			let (status, answer) = call(port, method, path, &local, authorization, body);
			assert_eq!(status, 401, "{method} {path} with {authorization:?}: {answer:?}");
		}
		// A web page on a rebound name sends its own Host: refused even with the secret.
		let (status, _) =
			call(port, method, path, &format!("evil.example:{port}"), Some(&good), body);
		assert_eq!(status, 403, "{method} {path} from a foreign host");
	}
	assert_eq!(call(port, "GET", "/health", "evil.example", None, b"").0, 403);
	assert_eq!(miner.jobs_kept(), 0, "no job was posted");
	assert_eq!(miner.interactions().len(), 1, "nothing was marked recorded or refused");
	assert_eq!(miner.interactions().refusals().count, 0);

	// The offchain worker, with the secret, is served.
	assert_eq!(call(port, "GET", "/health", &local, None, b"").0, 200);
	let (status, body) = call(port, "GET", "/interactions", &local, Some(&good), b"");
	assert_eq!(status, 200);
	let polled = Vec::<Queued>::decode(&mut &body[..]).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(polled, vec![queued(1)]);
	assert_eq!(call(port, "POST", "/jobs", &local, Some(&good), &job_body).0, 202);
	assert_eq!(
		call(port, "POST", "/jobs", &format!("localhost:{port}"), Some(&good), &job_body).0,
		409
	);
	assert_eq!(call(port, "POST", "/interactions/done", &local, Some(&good), &done_body).0, 200);
	assert!(miner.interactions().is_empty());
}
