//! The consortium's closed network: each institution registers the libp2p peer ids of its
//! nodes ([`Nodes`], bounded, with events); every node asks
//! [`Pallet::authorized_peers`] (through the `ConsortiumApi` runtime API) at each finalised
//! block and accepts only those peers. Only *active* institutions' nodes are authorised, so
//! suspending or removing an institution disconnects its nodes; removal also frees its ids.
use crate::{
	Config, Error, Event, InstitutionStatus, Institutions, NodeOwner, Nodes, Pallet, PeerIdOf,
};
use alloc::vec::Vec;
use frame_support::ensure;
use loanshare_primitives::InstitutionId;

impl<T: Config> Pallet<T> {
	/// Register `peer_id` (the raw bytes of a libp2p `PeerId`) as a node of `id`.
	pub(crate) fn do_register_node(
		id: InstitutionId,
		peer_id: PeerIdOf<T>,
	) -> Result<(), Error<T>> {
		ensure!(!peer_id.is_empty(), Error::<T>::InvalidPeerId);
		ensure!(!NodeOwner::<T>::contains_key(&peer_id), Error::<T>::NodeAlreadyRegistered);
		Nodes::<T>::try_mutate(id, |nodes| nodes.try_push(peer_id.clone()))
			.map_err(|_| Error::<T>::TooManyNodes)?;
		NodeOwner::<T>::insert(&peer_id, id);
		Self::deposit_event(Event::NodeRegistered { id, peer_id });
		Ok(())
	}

	/// Forget `peer_id`, a node of `id`.
	pub(crate) fn do_deregister_node(
		id: InstitutionId,
		peer_id: PeerIdOf<T>,
	) -> Result<(), Error<T>> {
		ensure!(NodeOwner::<T>::get(&peer_id) == Some(id), Error::<T>::UnknownNode);
		Nodes::<T>::mutate_exists(id, |nodes| {
			if let Some(list) = nodes {
				list.retain(|p| p != &peer_id);
				if list.is_empty() {
					*nodes = None;
				}
			}
		});
		NodeOwner::<T>::remove(&peer_id);
		Self::deposit_event(Event::NodeDeregistered { id, peer_id });
		Ok(())
	}

	/// Forget every node of `id` (its removal).
	pub(crate) fn forget_nodes(id: InstitutionId) {
		for peer_id in Nodes::<T>::take(id) {
			NodeOwner::<T>::remove(&peer_id);
			Self::deposit_event(Event::NodeDeregistered { id, peer_id });
		}
	}

	/// The peer ids of the nodes of every active institution: who may connect.
	pub fn authorized_peers() -> Vec<Vec<u8>> {
		Nodes::<T>::iter()
			.filter(|(id, _)| {
				Institutions::<T>::get(id).is_some_and(|i| i.status == InstitutionStatus::Active)
			})
			.flat_map(|(_, nodes)| nodes.into_iter().map(|p| p.into_inner()))
			.collect()
	}
}
