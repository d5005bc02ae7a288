//! The authentication challenge a device signs to get a short-lived token:
//! `parcours/auth/v1` 0x00 ‖ u16 length ‖ the server's origin ‖ a random
//! 32-byte nonce ‖ the expiry (i64, Unix seconds). Its own prefix means it
//! can never pass for a mandate statement (or the reverse). Used by the
//! sync client and the server alike.
//!
//! Must never: be signed without the origin (a challenge from one server
//! must not work on another).

use crate::crypto::label;
use crate::device_key::{self, DeviceKey};

/// The bytes signed after the label.
pub fn challenge_body(origin: &str, nonce: &[u8; 32], expires_at: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 + origin.len() + 32 + 8);
    out.extend_from_slice(&(origin.len() as u16).to_be_bytes());
    out.extend_from_slice(origin.as_bytes());
    out.extend_from_slice(nonce);
    out.extend_from_slice(&expires_at.to_be_bytes());
    out
}

/// The device's answer to a challenge.
pub fn sign_challenge(
    device: &DeviceKey,
    origin: &str,
    nonce: &[u8; 32],
    expires_at: i64,
) -> [u8; 64] {
    device.sign(label::AUTH, &challenge_body(origin, nonce, expires_at))
}

/// Whether `signature` answers the challenge with `device_key`.
pub fn check_challenge(
    device_key: &[u8; 32],
    origin: &str,
    nonce: &[u8; 32],
    expires_at: i64,
    signature: &[u8],
) -> bool {
    device_key::verify(
        device_key,
        label::AUTH,
        &challenge_body(origin, nonce, expires_at),
        signature,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_is_bound_to_its_origin_nonce_and_expiry() {
        let d = DeviceKey::from_seed(&[4u8; 32]);
        let n = [9u8; 32];
        let s = sign_challenge(&d, "https://a.example", &n, 100);
        assert!(check_challenge(
            &d.public_key(),
            "https://a.example",
            &n,
            100,
            &s
        ));
        assert!(!check_challenge(
            &d.public_key(),
            "https://b.example",
            &n,
            100,
            &s
        ));
        assert!(!check_challenge(
            &d.public_key(),
            "https://a.example",
            &[8u8; 32],
            100,
            &s
        ));
        assert!(!check_challenge(
            &d.public_key(),
            "https://a.example",
            &n,
            101,
            &s
        ));
        // A mandate-prefixed signature over the same body is not an answer.
        let other = d.sign(
            label::MANDATE,
            &challenge_body("https://a.example", &n, 100),
        );
        assert!(!check_challenge(
            &d.public_key(),
            "https://a.example",
            &n,
            100,
            &other
        ));
    }
}
