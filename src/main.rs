//! The `factlint` binary: argument parsing and output; all the work is in
//! the library.

mod cli;

fn main() {
    let status = cli::run();
    std::process::exit(status as i32);
}
