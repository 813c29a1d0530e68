mod check;
mod classroom;
mod cli;
mod endings;
mod hostile;
mod new;
mod scale;
mod tables;
mod window;

pub const TUTORIAL: &str = include_str!("../../../../scenarios/tutorial.ron");
