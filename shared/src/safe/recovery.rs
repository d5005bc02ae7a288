//! The recovery code: one per safe, shown once when the safe is made. It
//! unwraps the safe's master key on a new phone or a computer, and resets a
//! forgotten PIN.
//!
//! 26 random Crockford base32 symbols (130 bits) and 2 check symbols (the
//! value modulo 1021, a prime), written in 7 groups of 4:
//! `7K3M-Q9XD-…`. The check catches every single mistyped symbol and every
//! swap of two neighbours before any slow work is done. Reading forgives
//! lower case, spaces, dashes, and the look-alikes I/L (as 1) and O (as 0).
//! (A swap across the data/check border is caught with probability 1020/1021.)
//!
//! Must never: be stored, logged or shown again after the first time.

use crate::crypto::random_bytes;

/// Crockford's base32 alphabet (no I, L, O, U).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Random symbols in a code.
pub const DATA_SYMBOLS: usize = 26;
/// Check symbols at the end.
pub const CHECK_SYMBOLS: usize = 2;
const MODULUS: u32 = 1021;

/// Why a typed code was refused (before any key derivation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a recovery code has 28 letters and digits")]
    Length,
    #[error("the recovery code holds a character that cannot be in it")]
    Character,
    #[error("the recovery code has a typing mistake")]
    Checksum,
}

impl crate::i18n::Explain for CodeError {
    fn message_id(&self) -> &'static str {
        match self {
            CodeError::Length => "error-code-length",
            CodeError::Character => "error-code-character",
            CodeError::Checksum => "error-code-checksum",
        }
    }
}

/// A well-formed recovery code. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode {
    /// Symbol values 0..32, data then check.
    symbols: [u8; DATA_SYMBOLS + CHECK_SYMBOLS],
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(hidden)")
    }
}

fn check_value(data: &[u8]) -> u32 {
    data.iter()
        .fold(0u32, |acc, &d| (acc * 32 + u32::from(d)) % MODULUS)
}

impl RecoveryCode {
    /// A fresh code from the system CSPRNG.
    pub fn generate() -> Self {
        // 256 is a multiple of 32, so the low 5 bits of a random byte are uniform.
        let random: [u8; DATA_SYMBOLS] = random_bytes();
        let mut symbols = [0u8; DATA_SYMBOLS + CHECK_SYMBOLS];
        for (s, r) in symbols.iter_mut().zip(random) {
            *s = r & 31;
        }
        let check = check_value(&symbols[..DATA_SYMBOLS]);
        symbols[DATA_SYMBOLS] = (check / 32) as u8;
        symbols[DATA_SYMBOLS + 1] = (check % 32) as u8;
        Self { symbols }
    }

    /// Reads a typed code, forgiving case, spaces, dashes and look-alikes.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        let mut symbols = Vec::with_capacity(DATA_SYMBOLS + CHECK_SYMBOLS);
        for c in typed.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' | '\n' | '\r' => continue,
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            let v = ALPHABET
                .iter()
                .position(|&a| char::from(a) == c)
                .ok_or(CodeError::Character)?;
            symbols.push(v as u8);
        }
        let symbols: [u8; DATA_SYMBOLS + CHECK_SYMBOLS] =
            symbols.try_into().map_err(|_| CodeError::Length)?;
        let check = u32::from(symbols[DATA_SYMBOLS]) * 32 + u32::from(symbols[DATA_SYMBOLS + 1]);
        if check != check_value(&symbols[..DATA_SYMBOLS]) {
            return Err(CodeError::Checksum);
        }
        Ok(Self { symbols })
    }

    /// The code as shown to the person: `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
    pub fn display(&self) -> String {
        self.symbols
            .chunks(4)
            .map(|g| {
                g.iter()
                    .map(|&s| char::from(ALPHABET[usize::from(s)]))
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The bytes given to the key derivation: the 28 symbols in canonical
    /// form (upper case, no dashes), as ASCII.
    pub fn kdf_input(&self) -> Vec<u8> {
        self.symbols
            .iter()
            .map(|&s| ALPHABET[usize::from(s)])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_look_right() {
        for _ in 0..200 {
            let c = RecoveryCode::generate();
            let shown = c.display();
            assert_eq!(shown.len(), 34);
            assert_eq!(shown.matches('-').count(), 6);
            assert_eq!(RecoveryCode::parse(&shown).unwrap(), c);
            assert_eq!(
                RecoveryCode::parse(&shown.to_lowercase().replace('-', " ")).unwrap(),
                c
            );
        }
    }

    #[test]
    fn look_alikes_are_forgiven() {
        let c = RecoveryCode::generate();
        let shown = c.display().replace('1', "l").replace('0', "O");
        assert_eq!(RecoveryCode::parse(&shown).unwrap(), c);
    }

    #[test]
    fn every_single_mistyped_symbol_is_caught() {
        let c = RecoveryCode::generate();
        let canon = String::from_utf8(c.kdf_input()).unwrap();
        for i in 0..canon.len() {
            for &a in ALPHABET {
                let mut t = canon.clone().into_bytes();
                if t[i] == a {
                    continue;
                }
                t[i] = a;
                let t = String::from_utf8(t).unwrap();
                assert_eq!(RecoveryCode::parse(&t), Err(CodeError::Checksum), "{i}");
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        for _ in 0..50 {
            let canon = RecoveryCode::generate().kdf_input();
            // Neighbours within the data, and the two check symbols. (A swap
            // across the data/check border is caught only with high probability.)
            for i in (0..DATA_SYMBOLS - 1).chain([DATA_SYMBOLS]) {
                if canon[i] == canon[i + 1] {
                    continue;
                }
                let mut t = canon.clone();
                t.swap(i, i + 1);
                assert_eq!(
                    RecoveryCode::parse(std::str::from_utf8(&t).unwrap()),
                    Err(CodeError::Checksum)
                );
            }
        }
    }

    #[test]
    fn bad_shapes_are_refused() {
        assert_eq!(RecoveryCode::parse("ABCD"), Err(CodeError::Length));
        assert_eq!(
            RecoveryCode::parse(&"U".repeat(28)),
            Err(CodeError::Character)
        );
        assert_eq!(RecoveryCode::parse("é"), Err(CodeError::Character));
        assert!(!format!("{:?}", RecoveryCode::generate()).contains('-'));
    }
}
