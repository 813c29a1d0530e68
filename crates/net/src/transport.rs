//! The one place that knows the transport: renet's netcode over UDP, in its secure mode, with
//! tokens from the class's door (`door.rs`). Everything else speaks replicon messages, so
//! another transport (WebSocket for browsers) replaces this file and the door only.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::time::SystemTime;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use bevy_replicon_renet::netcode::{
    ClientAuthentication, ConnectToken, NetcodeClientTransport, NetcodeDisconnectReason,
    NetcodeServerTransport, ServerAuthentication, ServerConfig,
};
use bevy_replicon_renet::renet::ConnectionConfig;
use bevy_replicon_renet::{RenetChannelsExt, RenetClient, RenetServer};

use crate::door::Knocked;
use crate::protocol::NETCODE_PROTOCOL;

/// Most students one class holds (netcode's own limit is 1,024).
pub const MAX_CLIENTS: usize = 256;

fn now() -> std::time::Duration {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
}

fn connection(app: &App) -> ConnectionConfig {
    connection_of(app.world().resource::<RepliconChannels>())
}

fn connection_of(channels: &RepliconChannels) -> ConnectionConfig {
    ConnectionConfig {
        server_channels_config: channels.server_configs(),
        client_channels_config: channels.client_configs(),
        ..Default::default()
    }
}

/// The address this machine is reached at on its network (no packet is sent: a UDP socket
/// "connected" to an outside address reports the interface the route would use).
pub fn lan_address() -> Option<IpAddr> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    s.connect((Ipv4Addr::new(10, 254, 254, 254), 9)).ok()?;
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

/// Starts listening: UDP for the class and, on the same port, TCP for its door (which hands
/// connection tokens to those who know one of `codes`). Returns the addresses students can join
/// at. Call after every message is registered (the channels are read from the registrations).
pub fn serve(
    app: &mut App,
    bind: SocketAddr,
    places: usize,
    codes: &[&str],
) -> std::io::Result<Vec<SocketAddr>> {
    let socket = UdpSocket::bind(bind)?;
    let local = socket.local_addr()?;
    // The door listens on the port the UDP socket got (when asked for any port, the same
    // number is then taken for TCP too).
    let listener = TcpListener::bind(local)?;
    let mut public = Vec::new();
    if local.ip().is_unspecified() {
        public.push(SocketAddr::new(Ipv4Addr::LOCALHOST.into(), local.port()));
        if let Some(ip) = lan_address() {
            public.push(SocketAddr::new(ip, local.port()));
        }
    } else {
        public.push(local);
    }
    let key = crate::door::new_key();
    let transport = NetcodeServerTransport::new(
        ServerConfig {
            current_time: now(),
            max_clients: places.clamp(1, MAX_CLIENTS),
            protocol_id: NETCODE_PROTOCOL,
            // Every address of this machine the socket listens on: a token names the one its
            // client reached the door at, and netcode accepts it only if it is listed here.
            public_addresses: listened_at(local),
            authentication: ServerAuthentication::Secure { private_key: key },
        },
        socket,
    )
    .map_err(|e| std::io::Error::other(e.to_string()))?;
    let door = crate::door::Door::new(listener, key, local.port(), codes)?;
    let server = RenetServer::new(connection(app));
    app.insert_resource(server)
        .insert_resource(transport)
        .insert_resource(door);
    Ok(public)
}

/// The addresses a socket bound to `local` is reached at: itself, or every address of the
/// machine's interfaces of its family when it listens on all of them.
fn listened_at(local: SocketAddr) -> Vec<SocketAddr> {
    if !local.ip().is_unspecified() {
        return vec![local];
    }
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|all| all.into_iter().map(|i| i.ip()).collect())
        .unwrap_or_default();
    ips.extend(lan_address());
    ips.push(if local.is_ipv4() {
        Ipv4Addr::LOCALHOST.into()
    } else {
        std::net::Ipv6Addr::LOCALHOST.into()
    });
    ips.retain(|ip| ip.is_ipv4() == local.is_ipv4());
    ips.sort();
    ips.dedup();
    ips.into_iter()
        .map(|ip| SocketAddr::new(ip, local.port()))
        .collect()
}

/// Knocks at the class's door with `code` and connects with the token it hands out. Blocks
/// while it knocks (a few milliseconds on a LAN; at most a few seconds when nobody answers).
pub fn connect(app: &mut App, server: SocketAddr, code: &str) -> Result<(), Knocked> {
    let token = crate::door::knock(server, code, KNOCK_PATIENCE)?;
    let (client, transport) = client_for(app.world().resource::<RepliconChannels>(), token)
        .map_err(|e| Knocked::Unreachable(e.to_string()))?;
    app.insert_resource(client).insert_resource(transport);
    Ok(())
}

/// How long a client waits at a busy door before it gives up.
pub const KNOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(20);

/// The client and its transport for a token from the class's door (a windowed app knocks in
/// the background and connects once it has one).
pub fn client_for(
    channels: &RepliconChannels,
    token: ConnectToken,
) -> std::io::Result<(RenetClient, NetcodeClientTransport)> {
    let server = token
        .server_addresses
        .iter()
        .flatten()
        .next()
        .copied()
        .ok_or_else(|| std::io::Error::other("the class's token names no address"))?;
    let local: SocketAddr = if server.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(local)?;
    let transport = NetcodeClientTransport::new(
        now(),
        ClientAuthentication::Secure {
            connect_token: token,
        },
        socket,
    )
    .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok((RenetClient::new(connection_of(channels)), transport))
}

/// The client's end of the transport, for systems that ask how the connection went.
pub type ClientTransport = NetcodeClientTransport;

/// Whether the host turned this client away at the door: netcode denies a connection when the
/// class already holds `MAX_CLIENTS` connections.
pub fn denied(transport: Option<Res<ClientTransport>>) -> bool {
    transport.and_then(|t| t.disconnect_reason()) == Some(NetcodeDisconnectReason::ConnectionDenied)
}
