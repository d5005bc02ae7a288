//! Parcours app components.
