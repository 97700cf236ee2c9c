cargo install cargo-fuzz
cargo install cargo-nextest
cargo install cargo-crev
cargo install just
rustup component add clippy 
