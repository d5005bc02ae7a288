//! The one rule for server addresses, used by every client in Parcours:
//! `https://` anywhere, plain `http://` only to this machine (loopback:
//! 127.0.0.0/8, `[::1]`, `localhost`), for development and tests.
//!
//! Must never: let personal data travel over plain HTTP to another machine.

use std::net::IpAddr;

/// Why a server address was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("the server address is not a valid URL")]
    Invalid,
    #[error("plain http:// is only allowed to this machine; use https://")]
    PlainHttpToAnotherMachine,
    #[error("only https:// and http:// (to this machine) are allowed")]
    Scheme,
}

impl crate::i18n::Explain for UrlError {
    fn message_id(&self) -> &'static str {
        match self {
            UrlError::Invalid => "error-url-invalid",
            UrlError::PlainHttpToAnotherMachine => "error-url-plain-http",
            UrlError::Scheme => "error-url-scheme",
        }
    }
}

/// Checks a server address against the rule.
pub fn check_server_url(url: &str) -> Result<(), UrlError> {
    let (scheme, rest) = url.split_once("://").ok_or(UrlError::Invalid)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.is_empty() || authority.contains('@') {
        return Err(UrlError::Invalid);
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().ok_or(UrlError::Invalid)?,
        None => authority.rsplit_once(':').map_or(authority, |(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                h
            } else {
                authority
            }
        }),
    };
    if host.is_empty() {
        return Err(UrlError::Invalid);
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(()),
        "http" if is_loopback(host) => Ok(()),
        "http" => Err(UrlError::PlainHttpToAnotherMachine),
        _ => Err(UrlError::Scheme),
    }
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_http_only_to_loopback() {
        for ok in [
            "https://parcours.departement.fr/",
            "https://10.0.0.2:8443",
            "http://127.0.0.1:8787/",
            "http://127.8.9.1",
            "http://localhost:8787/v1",
            "http://[::1]:8787/",
        ] {
            assert_eq!(check_server_url(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            (
                "http://parcours.departement.fr/",
                UrlError::PlainHttpToAnotherMachine,
            ),
            (
                "http://192.168.1.2:8787",
                UrlError::PlainHttpToAnotherMachine,
            ),
            (
                "http://localhost.evil.fr/",
                UrlError::PlainHttpToAnotherMachine,
            ),
            ("http://127.0.0.1@evil.fr/", UrlError::Invalid),
            ("http://[::2]:80/", UrlError::PlainHttpToAnotherMachine),
            ("ftp://127.0.0.1/", UrlError::Scheme),
            ("127.0.0.1:8787", UrlError::Invalid),
            ("https://", UrlError::Invalid),
        ] {
            assert_eq!(check_server_url(bad), Err(why), "{bad}");
        }
    }
}
