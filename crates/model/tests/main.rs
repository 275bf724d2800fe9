//! Integration tests of the model crate: the naive Bayes against linfa-bayes, and every
//! way a model file can be wrong.

mod file;
mod reference;
