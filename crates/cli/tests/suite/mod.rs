mod cli;
mod window;
