//! Typed ids. Each kind of thing the room numbers has its own index type, so a delegation can
//! never be passed where a tag, a section or an amendment is meant; `PerDelegation` holds one
//! value per delegation and is indexed by `DelegationId` alone. Paragraphs, clauses and cards
//! keep the names their scenario gives them, each in its own type. Every id is serialised as
//! its bare number or text, so scenarios, records, strategy scripts and the protocol read as
//! before.

use std::borrow::Borrow;
use std::fmt;
use std::ops::{Deref, Index, IndexMut};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

macro_rules! index_id {
    ($(#[$doc:meta])* $name:ident($inner:ty)) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub $inner);

        /// Shown as the bare number, as in records and logs.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl $name {
            /// The position in the model's list of this kind.
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The id at position `i` of the model's list (models are far smaller than the id's
            /// range: the scenario limits bound them).
            #[inline]
            pub fn at(i: usize) -> Self {
                $name(i as $inner)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

index_id!(
    /// A delegation: its position in the scenario's list of delegations.
    DelegationId(u16)
);
index_id!(
    /// A bloc: its position in the scenario's list of blocs.
    BlocId(u16)
);
index_id!(
    /// A preference tag: its position in the scenario's list of tags.
    TagId(u16)
);
index_id!(
    /// A section of the text: its position in the zero draft's list of sections.
    SectionId(u16)
);
index_id!(
    /// An amendment, numbered from 1 in the order it was tabled.
    AmendmentId(u32)
);

macro_rules! name_id {
    ($(#[$doc:meta])* $name:ident($inner:ty)) => {
        $(#[$doc])*
        #[derive(
            Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub $inner);

        /// Shown as the quoted text, as in records and logs.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&*self.0, f)
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // `pad`, so that tables can align ids with `{:<14}`.
                f.pad(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.into())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s.into())
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> Self {
                $name(s.as_str().into())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &*self.0 == other.as_str()
            }
        }
    };
}

name_id!(
    /// A paragraph of the text, by the id its scenario gives it ("23", "23 bis").
    ParagraphId(String)
);
name_id!(
    /// A clause of the text ("23.1"); shared, so that reactions and events name it without
    /// copying.
    ClauseId(Arc<str>)
);
name_id!(
    /// An amendment card of the scenario, by its id.
    CardId(String)
);

/// One value per delegation, in the scenario's order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PerDelegation<T>(Vec<T>);

impl<T> PerDelegation<T> {
    /// `n` values, each made from its delegation's id.
    pub fn from_fn(n: usize, mut f: impl FnMut(DelegationId) -> T) -> Self {
        PerDelegation((0..n).map(|i| f(DelegationId::at(i))).collect())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, d: DelegationId) -> Option<&T> {
        self.0.get(d.index())
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.0.iter_mut()
    }

    /// Each delegation's id with its value.
    pub fn enumerate(&self) -> impl Iterator<Item = (DelegationId, &T)> {
        self.0
            .iter()
            .enumerate()
            .map(|(i, v)| (DelegationId::at(i), v))
    }

    /// Every delegation's id.
    pub fn ids(&self) -> impl Iterator<Item = DelegationId> + use<T> {
        (0..self.0.len()).map(DelegationId::at)
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }
}

impl<T: Clone> PerDelegation<T> {
    /// `n` copies of `value`.
    pub fn filled(n: usize, value: T) -> Self {
        PerDelegation(vec![value; n])
    }

    /// Every delegation's value set to `value`.
    pub fn fill(&mut self, value: T) {
        self.0.fill(value);
    }
}

impl<T> From<Vec<T>> for PerDelegation<T> {
    fn from(v: Vec<T>) -> Self {
        PerDelegation(v)
    }
}

impl<T> FromIterator<T> for PerDelegation<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        PerDelegation(iter.into_iter().collect())
    }
}

impl<T> Index<DelegationId> for PerDelegation<T> {
    type Output = T;
    #[inline]
    fn index(&self, d: DelegationId) -> &T {
        &self.0[d.index()]
    }
}

impl<T> IndexMut<DelegationId> for PerDelegation<T> {
    #[inline]
    fn index_mut(&mut self, d: DelegationId) -> &mut T {
        &mut self.0[d.index()]
    }
}

impl<'a, T> IntoIterator for &'a PerDelegation<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
