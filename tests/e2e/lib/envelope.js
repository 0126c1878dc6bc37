// The LoanShare envelope (format v1) for the tests: the SDK's implementation
// (`@loanshare/sdk/envelope`, sdk/js: WebCrypto only), the one JavaScript implementation,
// re-exported as it is. Byte layout: crates/envelope/test-vectors/README.md.
//
//   generateKeyPair(bits?)                       → Promise<{ publicDer, privatePem, privateKey }>
//   seal(borrower, ctx, contributorPublicDer)    → Promise<{ version, ciphertext, nonce, commitment, wrappedKey }>
//   open(privateKey, wrappedKey, envelope, ctx)  → Promise<borrower> (privateKey: PEM, DER or CryptoKey;
//                                                  envelope: { ciphertext, nonce, commitment } as bytes, hex,
//                                                  RPC JSON arrays or @polkadot/api codecs)
//   wrapKey(publicDer, key), unwrapKey(privateKey, wrapped), rewrap(...)  → Promise<Uint8Array>
//   plaintext, decodePlaintext, associatedData, compact (sync), commitment (async)
//
// Only what WebCrypto cannot do stays here, on node:crypto: `rawDecrypt` (raw RSA, for dispute proofs).
import { createPrivateKey, privateDecrypt, constants } from 'node:crypto';

export * from '@loanshare/sdk/envelope';

/**
 * EM: the raw RSA decryption of `wrapped` (no padding removed), k bytes big-endian with
 * k = the modulus length: what a participant submits to prove a bad delivery
 * (`keyExchange.proveBadDelivery`), since EM^e mod n = W' proves what W' decrypts to.
 */
export function rawDecrypt(privatePem, wrapped) {
  const key = createPrivateKey(privatePem);
  const k = Buffer.from(key.export({ format: 'jwk' }).n, 'base64url').length;
  const em = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(wrapped));
  const out = new Uint8Array(k);
  out.set(em, k - em.length);
  return out;
}
