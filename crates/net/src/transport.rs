//! The one place that knows the transport: renet's netcode over UDP. Everything else speaks
//! replicon messages, so another transport (WebSocket for browsers) replaces this file only.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::time::SystemTime;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use bevy_replicon_renet::netcode::{
    ClientAuthentication, NetcodeClientTransport, NetcodeDisconnectReason, NetcodeServerTransport,
    ServerAuthentication, ServerConfig,
};
use bevy_replicon_renet::renet::ConnectionConfig;
use bevy_replicon_renet::{RenetChannelsExt, RenetClient, RenetServer};

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

/// Starts listening; returns the addresses students can join at. Call after every message is
/// registered (the channels are read from the registrations).
pub fn serve(app: &mut App, bind: SocketAddr, places: usize) -> std::io::Result<Vec<SocketAddr>> {
    let socket = UdpSocket::bind(bind)?;
    let local = socket.local_addr()?;
    let mut public = Vec::new();
    if local.ip().is_unspecified() {
        public.push(SocketAddr::new(Ipv4Addr::LOCALHOST.into(), local.port()));
        if let Some(ip) = lan_address() {
            public.push(SocketAddr::new(ip, local.port()));
        }
    } else {
        public.push(local);
    }
    let transport = NetcodeServerTransport::new(
        ServerConfig {
            current_time: now(),
            max_clients: places.clamp(1, MAX_CLIENTS),
            protocol_id: NETCODE_PROTOCOL,
            public_addresses: public.clone(),
            authentication: ServerAuthentication::Unsecure,
        },
        socket,
    )
    .map_err(|e| std::io::Error::other(e.to_string()))?;
    let server = RenetServer::new(connection(app));
    app.insert_resource(server).insert_resource(transport);
    Ok(public)
}

/// Connects to a server. Each connection uses a fresh netcode id, so a laptop that wakes up
/// can reconnect at once; the seat comes back through the seat token, not the id.
pub fn connect(app: &mut App, server: SocketAddr) -> std::io::Result<()> {
    let (client, transport) = client_for(app.world().resource::<RepliconChannels>(), server)?;
    app.insert_resource(client).insert_resource(transport);
    Ok(())
}

/// The client and its transport, for inserting from a system (a windowed app connects once
/// it runs).
pub fn client_for(
    channels: &RepliconChannels,
    server: SocketAddr,
) -> std::io::Result<(RenetClient, NetcodeClientTransport)> {
    let local: SocketAddr = if server.is_ipv4() {
        (Ipv4Addr::UNSPECIFIED, 0).into()
    } else {
        (std::net::Ipv6Addr::UNSPECIFIED, 0).into()
    };
    let socket = UdpSocket::bind(local)?;
    let client_id = {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(now().as_nanos());
        h.finish()
    };
    let transport = NetcodeClientTransport::new(
        now(),
        ClientAuthentication::Unsecure {
            client_id,
            protocol_id: NETCODE_PROTOCOL,
            server_addr: server,
            user_data: None,
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
