/**
 * Why an envelope operation failed: the variants of the Rust crate's
 * `loanshare_envelope::Error` that a JavaScript client can meet. Deliberately coarse, as in
 * Rust: a failed opening says no more than `UnwrapFailed`, `Decrypt` or `CommitmentMismatch`.
 */
export type EnvelopeErrorCode =
  | 'InvalidPublicKey'
  | 'KeyTooSmall'
  | 'KeyTooLarge'
  | 'InvalidPrivateKey'
  | 'UnwrapFailed'
  | 'WrapFailed'
  | 'Decrypt'
  | 'Encrypt'
  | 'CommitmentMismatch'
  | 'InvalidPlaintext'
  | 'UnsupportedVersion'
  | 'KeyGeneration'
  | 'InvalidWrappedKey'
  | 'ProofMismatch';

/** The Rust crate's `Display` text of each error. */
const MESSAGES: Record<EnvelopeErrorCode, string> = {
  InvalidPublicKey: 'invalid RSA public key (expected SubjectPublicKeyInfo DER)',
  KeyTooSmall: 'RSA key is smaller than 2048 bits',
  KeyTooLarge: 'RSA key is larger than 4096 bits',
  InvalidPrivateKey: 'invalid RSA private key (expected PKCS#8 or PKCS#1)',
  UnwrapFailed: 'could not unwrap the data key',
  WrapFailed: 'could not wrap the data key',
  Decrypt: 'ciphertext authentication failed',
  Encrypt: 'encryption failed',
  CommitmentMismatch: 'plaintext does not match the commitment (commitment mismatch)',
  InvalidPlaintext: 'plaintext is not a valid v1 encoding',
  UnsupportedVersion: 'unsupported envelope version',
  KeyGeneration: 'RSA key generation failed',
  InvalidWrappedKey: 'wrapped key is not an RSA ciphertext for this key',
  ProofMismatch: 'the proof is not the raw RSA decryption of the wrapped key',
};

/** An envelope failure; `code` names the Rust crate's error variant. */
export class EnvelopeError extends Error {
  readonly code: EnvelopeErrorCode;

  constructor(code: EnvelopeErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.name = 'EnvelopeError';
    this.code = code;
  }
}
