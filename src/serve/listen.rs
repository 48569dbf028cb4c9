//! `--listen ADDR`: where the service listens. Loopback unless the address says otherwise.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// `127.0.0.1:8080`.
pub const DEFAULT: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 8080);

/// `HOST:PORT` with an IP address (`[::1]:8080` for IPv6) or `localhost`, or `:PORT` (loopback);
/// port 0 picks a free one.
pub fn parse(s: Option<&str>) -> Result<SocketAddr, String> {
    let Some(s) = s.map(str::trim) else {
        return Ok(DEFAULT);
    };
    let usage = || {
        format!(
            "--listen `{s}` is not an address: write HOST:PORT with an IP address (127.0.0.1:8080, \
             [::1]:8080, 0.0.0.0:8080 to listen on every interface), or :PORT for loopback (:0 picks a free port)"
        )
    };
    let loopback = |port: &str| {
        port.parse::<u16>()
            .map(|p| SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), p))
            .map_err(|_| usage())
    };
    if let Some(port) = s.strip_prefix(':') {
        return loopback(port);
    }
    if let Some(port) = s.strip_prefix("localhost:") {
        return loopback(port);
    }
    s.parse().map_err(|_| usage())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_unless_an_address_says_otherwise() {
        assert_eq!(parse(None).unwrap(), DEFAULT);
        assert_eq!(parse(Some(":0")).unwrap().to_string(), "127.0.0.1:0");
        assert_eq!(
            parse(Some("localhost:9000")).unwrap().to_string(),
            "127.0.0.1:9000"
        );
        assert!(parse(Some(":0")).unwrap().ip().is_loopback());
        assert_eq!(parse(Some("[::1]:81")).unwrap().to_string(), "[::1]:81");
        assert!(!parse(Some("0.0.0.0:8080")).unwrap().ip().is_loopback());
        for bad in ["8080", "example.com:80", ":http", "127.0.0.1", ":70000"] {
            let e = parse(Some(bad)).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }
}
